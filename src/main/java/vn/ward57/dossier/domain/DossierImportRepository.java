package vn.ward57.dossier.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each import: file, checksum, who, when, counts, the first errors. */
@Repository
public class DossierImportRepository {

    private final JdbcClient jdbc;

    DossierImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ImportRow(long id, long wardId, String fileName, String status, long rowsRead, long rowsInserted,
                            long rowsUpdated, long rowsRejected, long errorTotal, String errors, String message) {
    }

    public long start(long wardId, String fileName, String checksum, long size, String by, boolean skipInvalid) {
        return jdbc.sql("""
                insert into dossier_import (ward_id, file_name, checksum, size_bytes, imported_by, status, skip_invalid)
                values (?, ?, ?, ?, ?, 'RUNNING', ?) returning id
                """).params(wardId, fileName, checksum, size, by, skipInvalid).query(Long.class).single();
    }

    public void finish(long id, String status, long read, long inserted, long updated, long rejected,
                       long errorTotal, String errorsJson, String message) {
        jdbc.sql("""
                update dossier_import set status = ?, finished_at = now(), rows_read = ?, rows_inserted = ?,
                       rows_updated = ?, rows_rejected = ?, error_total = ?, errors = cast(? as jsonb), message = ?
                where id = ?
                """).params(status, read, inserted, updated, rejected, errorTotal, errorsJson, message, id).update();
    }

    /** The ward an import belongs to, to check who may see it before anything else is read. */
    public Optional<Long> wardOf(long id) {
        return jdbc.sql("select ward_id from dossier_import where id = ?").param(id).query(Long.class).optional();
    }

    public Optional<ImportRow> find(long wardId, long id) {
        return jdbc.sql("""
                select id, ward_id, file_name, status, rows_read, rows_inserted, rows_updated, rows_rejected,
                       error_total, errors::text as errors, message
                from dossier_import where ward_id = ? and id = ?
                """).params(wardId, id).query(ImportRow.class).optional();
    }

    public List<ImportRow> recent(long wardId, int limit) {
        return jdbc.sql("""
                select id, ward_id, file_name, status, rows_read, rows_inserted, rows_updated, rows_rejected,
                       error_total, errors::text as errors, message
                from dossier_import where ward_id = ? order by started_at desc limit ?
                """).params(wardId, limit).query(ImportRow.class).list();
    }

    /** Imports a stopped application left RUNNING: their data were rolled back with them. */
    public int markInterrupted(String message) {
        return jdbc.sql("update dossier_import set status = 'FAILED', finished_at = now(), message = ? "
                + "where status = 'RUNNING'").param(message).update();
    }
}
