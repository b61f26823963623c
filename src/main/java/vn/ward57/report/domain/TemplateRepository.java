package vn.ward57.report.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.report.ReportKind;

/** A province's own Word template per report kind. */
@Repository
class TemplateRepository {

    private final JdbcClient jdbc;

    TemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<byte[]> find(long provinceId, ReportKind kind) {
        return jdbc.sql("select content from report_template where province_id = ? and kind = ?")
                .params(provinceId, kind.name()).query(byte[].class).optional();
    }

    public Optional<String> fileName(long provinceId, ReportKind kind) {
        return jdbc.sql("select file_name from report_template where province_id = ? and kind = ?")
                .params(provinceId, kind.name()).query(String.class).optional();
    }

    public void save(long provinceId, ReportKind kind, String fileName, byte[] content, String actor) {
        jdbc.sql("""
                insert into report_template (province_id, kind, file_name, content, uploaded_by) values (?, ?, ?, ?, ?)
                on conflict (province_id, kind) do update set file_name = excluded.file_name,
                    content = excluded.content, uploaded_by = excluded.uploaded_by, uploaded_at = now()
                """).params(provinceId, kind.name(), fileName, content, actor).update();
    }

    public boolean delete(long provinceId, ReportKind kind) {
        return jdbc.sql("delete from report_template where province_id = ? and kind = ?")
                .params(provinceId, kind.name()).update() == 1;
    }
}
