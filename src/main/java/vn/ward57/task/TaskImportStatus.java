package vn.ward57.task;

import java.util.List;

/**
 * A task import as the API shows it, like a dossier import's: errors holds at most the first
 * {@value vn.ward57.task.TaskImportService#MAX_ERRORS}; errorTotal says how many there were.
 */
public record TaskImportStatus(long id, long directiveId, String fileName, Status status, long rowsRead,
                               long rowsInserted, long rowsUpdated, long rowsRejected, List<TaskImportError> errors,
                               long errorTotal, String message) {

    public enum Status { SUCCEEDED, FAILED }
}
