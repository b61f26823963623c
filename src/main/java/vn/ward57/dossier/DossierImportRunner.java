package vn.ward57.dossier;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ward57.common.error.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.domain.DossierImportRepository;
import vn.ward57.dossier.imports.ImportError;

/**
 * One import, all in one transaction: first the fast path ({@link DirectImport}: binary COPY straight
 * into dossier, in a savepoint), and when it steps aside the staged path ({@link StagedImport}). With
 * errors and without skipInvalid nothing is written; a crash, a kill or a cancel anywhere leaves the
 * database as it was; the ward's monthly sums commit with its dossiers.
 */
@Component
class DossierImportRunner {

    static final int PROGRESS_EVERY = 2_000;

    private final DirectImport direct;
    private final StagedImport staged;
    private final TransactionTemplate transaction;
    private final Messages messages;
    private final DossierImportRepository imports;
    private final JsonMapper json;

    DossierImportRunner(DirectImport direct, StagedImport staged, PlatformTransactionManager transactions,
                        Messages messages, DossierImportRepository imports, JsonMapper json) {
        this.direct = direct;
        this.staged = staged;
        this.imports = imports;
        this.json = json;
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

    /**
     * Runs the import and records its outcome: one that wrote in its own transaction, so that the record
     * says SUCCEEDED exactly when the dossiers are committed (and a commit less); one that did not after.
     */
    Outcome run(long importId, long wardId, Path file, ImportProfile profile, boolean skipInvalid,
                BooleanSupplier cancelled, Progress progress) {
        Outcome done = transaction.execute(status -> {
            try {
                Outcome outcome = direct.run(status, importId, wardId, file, profile, cancelled, progress);
                if (outcome == null) {
                    outcome = staged.run(status, importId, wardId, file, profile, skipInvalid, cancelled, progress);
                }
                if (outcome.written()) {
                    record(importId, outcome);
                }
                return outcome;
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
        if (!done.written()) {
            record(importId, done);
        }
        return done;
    }

    private void record(long importId, Outcome outcome) {
        imports.finish(importId, outcome.written() ? "SUCCEEDED" : "FAILED", outcome.rowsRead(), outcome.inserted(),
                outcome.updated(), outcome.rejected(), outcome.errorTotal(), json.writeValueAsString(outcome.errors()),
                outcome.message());
    }
}
