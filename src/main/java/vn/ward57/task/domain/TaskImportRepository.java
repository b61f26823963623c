package vn.ward57.task.domain;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each task import: the file kept, who, when, counts and the first errors. */
@Repository
public class TaskImportRepository {

    private final JdbcClient jdbc;

    TaskImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** errors: a JSON array. */
    public record NewImport(long wardId, long directiveId, String fileName, Long attachmentId, String importedBy,
                            String status, long rowsRead, long rowsInserted, long rowsUpdated, long rowsRejected,
                            long errorTotal, String errors) {
    }

    public record Row(long id, long wardId, long directiveId, String fileName, Long attachmentId, String importedBy,
                      OffsetDateTime importedAt, String status, long rowsRead, long rowsInserted, long rowsUpdated,
                      long rowsRejected, long errorTotal, String errors) {
    }

    private static final String SELECT = """
            select id, ward_id, directive_id, file_name, attachment_id, imported_by, imported_at, status, rows_read,
                   rows_inserted, rows_updated, rows_rejected, error_total, errors::text as errors
            from task_import
            """;

    public long insert(NewImport i) {
        return jdbc.sql("""
                insert into task_import (ward_id, directive_id, file_name, attachment_id, imported_by, status,
                                         rows_read, rows_inserted, rows_updated, rows_rejected, error_total, errors)
                values (:ward, :directive, :name, :attachment, :by, :status, :read, :inserted, :updated, :rejected,
                        :errorTotal, cast(:errors as jsonb))
                returning id
                """)
                .param("ward", i.wardId()).param("directive", i.directiveId()).param("name", i.fileName())
                .param("attachment", i.attachmentId(), Types.BIGINT).param("by", i.importedBy())
                .param("status", i.status()).param("read", i.rowsRead()).param("inserted", i.rowsInserted())
                .param("updated", i.rowsUpdated()).param("rejected", i.rowsRejected())
                .param("errorTotal", i.errorTotal()).param("errors", i.errors())
                .query(Long.class).single();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Row.class).optional();
    }

    /** A directive's imports, newest first. */
    public List<Row> ofDirective(long directiveId) {
        return jdbc.sql(SELECT + " where directive_id = ? order by imported_at desc, id desc")
                .param(directiveId).query(Row.class).list();
    }
}
