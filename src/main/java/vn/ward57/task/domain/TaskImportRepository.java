package vn.ward57.task.domain;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each task import: the file kept, who, when, where it stands, counts and the first errors. */
@Repository
class TaskImportRepository {

    private final JdbcClient jdbc;

    TaskImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long wardId, long directiveId, String fileName, Long attachmentId, String importedBy,
                      OffsetDateTime importedAt, String status, long rowsRead, long rowsInserted, long rowsUpdated,
                      long rowsRejected, long errorTotal, String errors, String failure) {
    }

    /** How an import ended. errors: a JSON array; failure: the message key of a failure without row errors. */
    public record Outcome(String status, Long attachmentId, long rowsInserted, long rowsUpdated, long rowsRejected,
                          long errorTotal, String errors, String failure) {
    }

    private static final String SELECT = """
            select id, ward_id, directive_id, file_name, attachment_id, imported_by, imported_at, status, rows_read,
                   rows_inserted, rows_updated, rows_rejected, error_total, errors::text as errors, failure
            from task_import
            """;

    /** Records an import accepted and waiting for its turn; rowsRead is the file's count of rows. */
    public long queue(long wardId, long directiveId, String fileName, String by, long rowsRead) {
        return jdbc.sql("""
                insert into task_import (ward_id, directive_id, file_name, imported_by, status, rows_read,
                                         rows_inserted, rows_updated, rows_rejected, error_total)
                values (?, ?, ?, ?, 'QUEUED', ?, 0, 0, 0, 0)
                returning id
                """).params(wardId, directiveId, fileName, by, rowsRead).query(Long.class).single();
    }

    /** Its turn has come; false when it is no longer queued (a restart ended it). */
    public boolean running(long id) {
        return jdbc.sql("update task_import set status = 'RUNNING' where id = ? and status = 'QUEUED'")
                .param(id).update() == 1;
    }

    public void finish(long id, Outcome o) {
        jdbc.sql("""
                update task_import set status = :status, attachment_id = :attachment, rows_inserted = :inserted,
                       rows_updated = :updated, rows_rejected = :rejected, error_total = :errorTotal,
                       errors = cast(:errors as jsonb), failure = :failure, finished_at = now()
                where id = :id
                """)
                .param("status", o.status()).param("attachment", o.attachmentId(), Types.BIGINT)
                .param("inserted", o.rowsInserted()).param("updated", o.rowsUpdated())
                .param("rejected", o.rowsRejected()).param("errorTotal", o.errorTotal())
                .param("errors", o.errors()).param("failure", o.failure(), Types.VARCHAR).param("id", id)
                .update();
    }

    /** Imports a stopped application left waiting or running: what they wrote was rolled back with them. */
    public int markInterrupted(String failure) {
        return jdbc.sql("""
                update task_import set status = 'FAILED', failure = ?, finished_at = now()
                where status in ('QUEUED', 'RUNNING')
                """).param(failure).update();
    }

    /** An import of the ward (another ward's is not found). */
    public Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + " where ward_id = ? and id = ?").params(wardId, id).query(Row.class).optional();
    }

    /** A directive's imports, newest first. */
    public List<Row> ofDirective(long directiveId) {
        return jdbc.sql(SELECT + " where directive_id = ? order by imported_at desc, id desc")
                .param(directiveId).query(Row.class).list();
    }
}
