package vn.ward57.dossier;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.domain.DossierStaging;
import vn.ward57.dossier.imports.ColumnLayout;
import vn.ward57.dossier.imports.DossierRowParser;
import vn.ward57.dossier.imports.ImportColumn;
import vn.ward57.dossier.imports.ImportError;
import vn.ward57.dossier.imports.ParsedDossier;
import vn.ward57.dossier.imports.TableReader;

/**
 * One import, all in one transaction: read and check every row, stage the valid ones with COPY,
 * find conflicting duplicates, then write. With errors and without skipInvalid nothing is written;
 * a crash, a kill or a cancel anywhere leaves the database as it was.
 */
@Component
class DossierImportRunner {

    static final int PROGRESS_EVERY = 2_000;
    private static final Logger log = LoggerFactory.getLogger(DossierImportRunner.class);

    private final DossierStaging staging;
    private final TransactionTemplate transaction;
    private final vn.ward57.dossier.domain.DossierMonthRepository months;
    private final Messages messages;

    DossierImportRunner(DossierStaging staging, PlatformTransactionManager transactions, Messages messages,
                        vn.ward57.dossier.domain.DossierMonthRepository months) {
        this.months = months;
        this.staging = staging;
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
    }

    /** Where a running import stands: rows read, and percent of the file when known. */
    interface Progress {
        void report(long rowsRead, Integer percent);
    }

    record Outcome(boolean written, long rowsRead, long inserted, long updated, long rejected,
                   List<ImportError> errors, long errorTotal, String message) {
    }

    Outcome run(long importId, long wardId, Path file, ImportProfile profile, boolean skipInvalid,
                BooleanSupplier cancelled,
                Progress progress) {
        long started = System.nanoTime();
        return transaction.execute(status -> {
            try (TableReader reader = TableReader.open(file)) {
                Tally tally = new Tally();
                // the header may lie under title rows; footers under the data are skipped
                ColumnLayout.Table table = ColumnLayout.find(reader, profile);
                DossierRowParser parser = new DossierRowParser(table.layout(), messages);
                try (DossierStaging.Copy copy = staging.begin()) {
                    stage(table.rows(), parser, copy, tally, cancelled, progress);
                }
                long staged = System.nanoTime();
                List<String> conflicting = new ArrayList<>();
                for (DossierStaging.Conflict c : staging.conflictingDuplicates()) {
                    tally.error(new ImportError(c.rowNo(), ImportColumn.DOSSIER_CODE.canonical(), c.code(),
                            messages.get("import.duplicate-conflict")));
                    conflicting.add(c.code());
                }
                if (tally.total > 0 && !skipInvalid) {
                    status.setRollbackOnly();
                    return tally.outcome(false, 0, 0, messages.get("import.rejected", tally.total));
                }
                staging.dropCodes(conflicting);
                long checked = System.nanoTime();
                DossierStaging.Written written = staging.upsert(wardId, importId);
                // the monthly aggregate commits with the dossiers: no view ever sums stale months
                months.refresh(wardId);
                log.info("Import {}: {} rows read and staged in {} ms, checked in {} ms, written in {} ms",
                        importId, tally.read, (staged - started) / 1_000_000, (checked - staged) / 1_000_000,
                        (System.nanoTime() - checked) / 1_000_000);
                return tally.outcome(true, written.inserted(), written.updated(), null);
            } catch (InvalidInputException e) {
                status.setRollbackOnly();
                return new Outcome(false, 0, 0, 0, 0, List.of(), 0, messages.get(e));
            } catch (CancellationException e) {
                status.setRollbackOnly();
                return new Outcome(false, 0, 0, 0, 0, List.of(), 0, messages.get("import.cancelled"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Reads, checks and stages every row; a cancel stops it at the next row. */
    private static void stage(TableReader reader, DossierRowParser parser, DossierStaging.Copy copy, Tally tally,
                              BooleanSupplier cancelled, Progress progress) throws Exception {
        for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            tally.read++;
            ParsedDossier dossier = parser.parse(reader.rowNumber(), cells, tally::error);
            if (dossier != null) {
                copy.add(dossier);
            }
            if (tally.read % PROGRESS_EVERY == 0) {
                progress.report(tally.read, reader.percentRead());
            }
        }
        copy.end();
    }

    /** Counts as the rows go by; keeps the first errors only. */
    private static final class Tally {
        long read;
        long total;
        final List<ImportError> errors = new ArrayList<>();
        final Set<Long> rejectedRows = new HashSet<>();

        void error(ImportError error) {
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
