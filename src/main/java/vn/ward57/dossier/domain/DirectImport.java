package vn.ward57.dossier.domain;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import vn.ward57.common.table.TableReader;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.ImportProfile;
import vn.ward57.dossier.domain.DossierImportRunner.Outcome;
import vn.ward57.dossier.domain.DossierImportRunner.Progress;
import vn.ward57.dossier.imports.ColumnLayout;
import vn.ward57.dossier.imports.DossierRowParser;
import vn.ward57.dossier.imports.ParsedDossier;

/**
 * The fast path of an import, for a file of new dossiers whose rows are all valid: each row is encoded
 * as it is read and written with binary COPY straight into dossier, inside a savepoint, while its month
 * sums are counted; at the end the sums are added to the ward's months. A faulty row, or a code the
 * ward already has or the file repeats (the table's key refuses it), rolls back to the savepoint and
 * answers null: the caller then takes the staged path, which reports, merges or updates as always.
 */
@Component
class DirectImport {

    private static final Logger log = LoggerFactory.getLogger(DirectImport.class);

    private final DossierDirectWrite direct;
    private final DossierMonthRepository months;
    private final Messages messages;

    DirectImport(DossierDirectWrite direct, DossierMonthRepository months, Messages messages) {
        this.direct = direct;
        this.months = months;
        this.messages = messages;
    }

    Outcome run(TransactionStatus status, long importId, long wardId, Path path, ImportProfile profile,
                BooleanSupplier cancelled, Progress progress) throws Exception {
        long started = System.nanoTime();
        try (TableReader file = TableReader.open(path)) {
            // the header may lie under title rows; footers under the data are skipped
            ColumnLayout.Table table = ColumnLayout.find(file, profile);
            TableReader reader = table.rows();
            var parser = new DossierRowParser(table.layout(), messages);
            boolean wardHasDossiers = direct.hasDossiers(wardId);
            MonthTally tally = new MonthTally();
            Object savepoint = null;
            BinaryDossierRows rows = null;
            long read = 0;
            try {
                for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
                    if (TableReader.blank(cells)) {
                        continue;
                    }
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException();
                    }
                    read++;
                    ParsedDossier d = parser.parse(reader.rowNumber(), cells, e -> { });
                    if (d == null) {
                        return abandon(status, savepoint, rows, "row " + reader.rowNumber() + " is faulty");
                    }
                    if (rows == null) {
                        // a re-import starts with a code the ward has: stage it at once
                        if (wardHasDossiers && direct.exists(wardId, d.code())) {
                            return abandon(status, null, null, "the ward has the first code");
                        }
                        savepoint = status.createSavepoint();
                        rows = direct.begin(wardId, importId);
                    }
                    rows.add(d);
                    tally.add(d);
                    if (read % DossierImportRunner.PROGRESS_EVERY == 0) {
                        progress.report(read, reader.percentRead());
                    }
                }
                if (rows == null) {
                    return null;   // no rows: nothing to gain here
                }
                long streamed = System.nanoTime();
                long inserted = rows.end();
                long ended = System.nanoTime();
                months.add(wardId, tally.sums());
                // not released: the commit ends the savepoint with the transaction, a round trip less
                log.info("Import {} (direct): {} rows read and sent in {} ms, written {} ms later, months in {} ms",
                        importId, inserted, (streamed - started) / 1_000_000, (ended - streamed) / 1_000_000,
                        (System.nanoTime() - ended) / 1_000_000);
                return new Outcome(true, read, inserted, 0, 0, List.of(), 0, null);
            } catch (SQLException e) {
                if (!DossierDirectWrite.refusedRow(e)) {
                    throw e;
                }
                return abandon(status, savepoint, rows, e.getMessage());
            } finally {
                if (rows != null) {
                    rows.close();
                }
            }
        }
    }

    private static Outcome abandon(TransactionStatus status, Object savepoint, BinaryDossierRows rows, String why)
            throws SQLException {
        log.debug("Direct import abandoned, staging instead: {}", why);
        if (rows != null) {
            rows.close();
        }
        if (savepoint != null) {
            status.rollbackToSavepoint(savepoint);
        }
        return null;
    }
}
