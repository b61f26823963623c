package vn.ward57.common.imports.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register_import table (V35). Each statement commits on its own, outside the import's transaction. */
@Repository
public class RegisterImportRepository {

    public record Row(long id, long wardId, String kind, String fileName, String status, long rowsRead, long rowsImported,
               String errors, long errorTotal, String message, String startedBy, OffsetDateTime createdAt,
               OffsetDateTime finishedAt) {
    }

    private static final String COLUMNS = """
            id, ward_id, kind, file_name, status, rows_read, rows_imported, errors::text as errors, error_total,
            message, started_by, created_at, finished_at
            """;

    private final JdbcClient jdbc;

    RegisterImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long queue(long wardId, String kind, String fileName, String by) {
        return jdbc.sql("""
                insert into register_import (ward_id, kind, file_name, started_by) values (?, ?, ?, ?) returning id
                """).params(wardId, kind, fileName, by).query(Long.class).single();
    }

    /** Whether the import was still queued (not cancelled meanwhile) and is now running. */
    public boolean start(long id) {
        return jdbc.sql("update register_import set status = 'RUNNING' where id = ? and status = 'QUEUED'")
                .param(id).update() == 1;
    }

    public void finish(long id, String status, long rowsRead, long rowsImported, String errors, long errorTotal,
                String message) {
        jdbc.sql("""
                update register_import set status = ?, rows_read = ?, rows_imported = ?, errors = ?::jsonb,
                       error_total = ?, message = left(?, 2000), finished_at = now()
                 where id = ?
                """).params(status, rowsRead, rowsImported, errors, errorTotal, message, id).update();
    }

    /** Ends a queued import before it ran; false when it has already started. */
    public boolean cancelQueued(long id, String message) {
        return jdbc.sql("""
                update register_import set status = 'CANCELLED', message = left(?, 2000), finished_at = now()
                 where id = ? and status = 'QUEUED'
                """).params(message, id).update() == 1;
    }

    /** Those a stop of the application left queued or running: their writes were rolled back with it. */
    public int markInterrupted(String message) {
        return jdbc.sql("""
                update register_import set status = 'FAILED', message = left(?, 2000), finished_at = now()
                 where status in ('QUEUED', 'RUNNING')
                """).param(message).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from register_import where id = ?").param(id)
                .query(Row.class).optional();
    }

    public List<Row> ofWard(long wardId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from register_import where ward_id = ? order by created_at desc, id desc limit ?")
                .params(wardId, limit).query(Row.class).list();
    }
}
