package vn.ward57.task;

import java.util.List;
import vn.ward57.common.table.RowError;

/**
 * A task import as the API shows it, like a dossier import's: errors holds at most the first
 * {@value vn.ward57.task.domain.TaskImportService#MAX_ERRORS}; errorTotal says how many there were. QUEUED
 * ("Đang chờ") waits for an earlier import of the ward to end; percentDone: how far it has got
 * (null once FAILED).
 */
public record TaskImportStatus(long id, long directiveId, String fileName, Status status, long rowsRead,
                               long rowsInserted, long rowsUpdated, long rowsRejected, List<RowError> errors,
                               long errorTotal, String message, Integer percentDone) {

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED }

    /** Whether it has ended, either way. */
    public boolean finished() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }
}
