package vn.ward57.dossier.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.table.RowError;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.ImportProfile;
import vn.ward57.org.OrgLookup;

/**
 * One import, all in one transaction: first the fast path ({@link DirectImport}: binary COPY straight
 * into dossier, in a savepoint), and when it steps aside the staged path ({@link StagedImport}). With
 * errors and without skipInvalid nothing is written; a crash, a kill or a cancel anywhere leaves the
 * database as it was; the ward's monthly sums commit with its dossiers.
 */
@Component
public class DossierImportRunner {

    static final int PROGRESS_EVERY = 2_000;

    private final DirectImport direct;
    private final StagedImport staged;
    private final TransactionTemplate transaction;
    private final Messages messages;
    private final DossierImportRepository imports;
    private final JsonMapper json;
    private final OrgLookup org;

    DossierImportRunner(DirectImport direct, StagedImport staged, PlatformTransactionManager transactions,
                        Messages messages, DossierImportRepository imports, JsonMapper json, OrgLookup org) {
        this.org = org;
        this.direct = direct;
        this.staged = staged;
        this.imports = imports;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
    }

    /** Where a running import stands: rows read, and percent of the file when known. */
    public interface Progress {
        void report(long rowsRead, Integer percent);
    }

    public record Outcome(boolean written, long rowsRead, long inserted, long updated, long rejected,
                   List<RowError> errors, long errorTotal, String message) {
    }

    /**
     * Runs the import and records its outcome: one that wrote in its own transaction, so that the record
     * says SUCCEEDED exactly when the dossiers are committed (and a commit less); one that did not after.
     */
    Outcome run(long importId, long wardId, Path file, ImportProfile profile, boolean skipInvalid,
                BooleanSupplier cancelled, Progress progress) {
        Outcome done = transaction.execute(status -> attempt(status, importId, wardId, file, profile, skipInvalid,
                cancelled, progress));
        if (!done.written()) {
            record(importId, done);
        }
        return done;
    }

    /** An import's record and outcome. */
    public record Recorded(long id, Outcome outcome) {
    }

    /**
     * An import nobody watches while it runs (the system's own, in the caller's thread): its record is
     * written in the import's transaction, so a written file costs one commit, as a plain COPY does, and a
     * crash leaves no record saying RUNNING; one that wrote nothing is recorded as FAILED after.
     */
    public Recorded runUnwatched(String wardCode, String fileName, long size, Path file) {
        long[] ids = new long[2];   // the import's, the ward's
        Outcome done = transaction.execute(status -> {
            // the ward is looked up in the same transaction: a round trip, not a transaction, per file
            ids[1] = org.ward(wardCode).orElseThrow(() -> new NotFoundException("ward.not-found", null, wardCode))
                    .id().value();
            ids[0] = imports.start(ids[1], fileName, "-", size, "system", false);
            return attempt(status, ids[0], ids[1], file, null, false, () -> false, (read, percent) -> { });
        });
        if (!done.written()) {
            ids[0] = imports.start(ids[1], fileName, "-", size, "system", false);
            record(ids[0], done);
        }
        return new Recorded(ids[0], done);
    }

    private Outcome attempt(TransactionStatus status, long importId, long wardId, Path file, ImportProfile profile,
                            boolean skipInvalid, BooleanSupplier cancelled, Progress progress) {
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
    }

    private void record(long importId, Outcome outcome) {
        imports.finish(importId, outcome.written() ? "SUCCEEDED" : "FAILED", outcome.rowsRead(), outcome.inserted(),
                outcome.updated(), outcome.rejected(), outcome.errorTotal(), json.writeValueAsString(outcome.errors()),
                outcome.message());
    }
}
