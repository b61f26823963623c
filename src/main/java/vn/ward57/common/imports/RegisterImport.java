package vn.ward57.common.imports;

import java.time.OffsetDateTime;
import java.util.List;
import vn.ward57.common.table.RowError;

/**
 * A register import as the API and the pages show it. QUEUED ("Đang chờ") waits for an earlier import of
 * the ward to end; RUNNING tells the rows read so far; SUCCEEDED the rows written; FAILED why, with at most
 * the first {@value RowError#LISTED} faulty cells in errors and their count in errorTotal; CANCELLED wrote
 * nothing. message says it in words, in the language of the one who asks (or who started it, once ended).
 */
public record RegisterImport(long id, String kind, String fileName, Status status, long rowsRead, long rowsImported,
                             List<RowError> errors, long errorTotal, String message, String startedBy,
                             OffsetDateTime createdAt, OffsetDateTime finishedAt) {

    public enum Status { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    /** Whether it has ended, either way. */
    public boolean finished() {
        return status != Status.QUEUED && status != Status.RUNNING;
    }

    /** Where the API tells its status. */
    public String location() {
        return "/api/v1/imports/" + id;
    }
}
