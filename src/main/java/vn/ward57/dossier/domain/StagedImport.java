package vn.ward57.dossier.domain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import vn.ward57.common.table.RowError;
import vn.ward57.common.table.TableReader;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.DossierImportService;
import vn.ward57.dossier.ImportProfile;
import vn.ward57.dossier.domain.DossierImportRunner.Outcome;
import vn.ward57.dossier.domain.DossierImportRunner.Progress;
import vn.ward57.dossier.imports.ColumnLayout;
import vn.ward57.dossier.imports.DossierRowParser;
import vn.ward57.dossier.imports.ImportColumn;
import vn.ward57.dossier.imports.ParsedDossier;

/**
 * The staged path of an import, for any file: read and check every row, stage the valid ones with
 * binary COPY, find conflicting duplicates, then update what changed and insert what is new, and
 * rewrite the ward's months if anything was written. With errors and without skipInvalid nothing is
 * written.
 */
@Component
class StagedImport {

    private static final Logger log = LoggerFactory.getLogger(StagedImport.class);

    private final DossierStaging staging;
    private final DossierMonthRepository months;
    private final Messages messages;

    StagedImport(DossierStaging staging, DossierMonthRepository months, Messages messages) {
        this.staging = staging;
        this.months = months;
        this.messages = messages;
    }

    Outcome run(TransactionStatus status, long importId, long wardId, Path file, ImportProfile profile,
                boolean skipInvalid, BooleanSupplier cancelled, Progress progress) throws Exception {
        long started = System.nanoTime();
        try (TableReader reader = TableReader.open(file)) {
            Tally tally = new Tally();
            // the header may lie under title rows; footers under the data are skipped
            ColumnLayout.Table table = ColumnLayout.find(reader, profile);
            DossierRowParser parser = new DossierRowParser(table.layout(), messages);
            try (BinaryDossierRows rows = staging.begin()) {
                stage(table.rows(), parser, rows, tally, cancelled, progress);
            }
            long staged = System.nanoTime();
            List<String> conflicting = new ArrayList<>();
            boolean repeated = staging.anyRepeated();
            for (DossierStaging.Conflict c : staging.conflictingDuplicates(repeated)) {
                tally.error(new RowError(c.rowNo(), ImportColumn.DOSSIER_CODE.canonical(), c.code(),
                        messages.get("import.duplicate-conflict")));
                conflicting.add(c.code());
            }
            if (tally.total > 0 && !skipInvalid) {
                status.setRollbackOnly();
                return tally.outcome(false, 0, 0, messages.get("import.rejected", tally.total));
            }
            staging.dropCodes(conflicting);
            long checked = System.nanoTime();
            DossierStaging.Written written = staging.upsert(wardId, importId, repeated);
            // the monthly aggregate commits with the dossiers: no view ever sums stale months; when
            // nothing changed (a re-import) the months are still right
            if (written.inserted() > 0 || written.updated() > 0) {
                months.refresh(wardId);
            }
            log.info("Import {} (staged): {} rows read and staged in {} ms, checked in {} ms, written in {} ms",
                    importId, tally.read, (staged - started) / 1_000_000, (checked - staged) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000);
            return tally.outcome(true, written.inserted(), written.updated(), null);
        }
    }

    /** Reads, checks and stages every row; a cancel stops it at the next row. */
    private static void stage(TableReader reader, DossierRowParser parser, BinaryDossierRows rows, Tally tally,
                              BooleanSupplier cancelled, Progress progress) throws Exception {
        for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
            if (TableReader.blank(cells)) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            tally.read++;
            ParsedDossier dossier = parser.parse(reader.rowNumber(), cells, tally::error);
            if (dossier != null) {
                rows.add(dossier);
            }
            if (tally.read % DossierImportRunner.PROGRESS_EVERY == 0) {
                progress.report(tally.read, reader.percentRead());
            }
        }
        rows.end();
    }

    /** Counts as the rows go by; keeps the first errors only. */
    private static final class Tally {
        long read;
        long total;
        final List<RowError> errors = new ArrayList<>();
        final Set<Long> rejectedRows = new HashSet<>();

        void error(RowError error) {
            total++;
            rejectedRows.add(error.row());
            if (errors.size() < DossierImportService.MAX_ERRORS) {
                errors.add(error);
            }
        }

        Outcome outcome(boolean written, long inserted, long updated, String message) {
            return new Outcome(written, read, inserted, updated, rejectedRows.size(), List.copyOf(errors), total,
                    message);
        }
    }
}
