package vn.ward57.reportcheck.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables ward_report_check and province_report_check (V36). */
@Repository
class ReportCheckRepository {

    /** A stored check; findings and blocks as JSON text (blocks only when asked for). */
    public record Row(long id, Long wardId, String wardCode, String wardName, String provinceCode, Long reportId,
                      Long batchId, String fileName, LocalDate periodFrom, LocalDate periodTo, boolean periodFound,
                      boolean otherWard, int high, int medium, int low, String createdBy, String createdByName,
                      OffsetDateTime createdAt, String findings) {
    }

    /** What a check stores. */
    public record Stored(Long wardKey, String fileName, LocalDate from, LocalDate to, boolean periodFound,
                         boolean otherWard, String blocks, String findings, int high, int medium, int low,
                         String createdBy, String createdByName) {
    }

    private static final String WARD_SELECT = """
            select c.id, c.ward_id, w.code as ward_code, w.name as ward_name, null as province_code, null::bigint as report_id,
                   null::bigint as batch_id, c.file_name, c.period_from, c.period_to, c.period_found, c.other_ward, c.high, c.medium,
                   c.low, c.created_by, c.created_by_name, c.created_at, %s as findings
              from ward_report_check c join ward w on w.id = c.ward_id
            """;
    private static final String PROVINCE_SELECT = """
            select c.id, c.ward_id, w.code as ward_code, w.name as ward_name, p.code as province_code, c.report_id, c.batch_id, c.file_name,
                   c.period_from, c.period_to, c.period_found, c.other_ward, c.high, c.medium, c.low, c.created_by, c.created_by_name, c.created_at,
                   %s as findings
              from province_report_check c join province p on p.id = c.province_id left join ward w on w.id = c.ward_id
            """;

    private final JdbcClient jdbc;

    ReportCheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertForWard(long wardId, Stored s) {
        return jdbc.sql("""
                insert into ward_report_check (ward_id, file_name, period_from, period_to, period_found, other_ward, blocks, findings,
                                               high, medium, low, created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?) returning id
                """).params(wardId, s.fileName(), s.from(), s.to(), s.periodFound(), s.otherWard(), s.blocks(), s.findings(), s.high(),
                s.medium(), s.low(), s.createdBy(), s.createdByName()).query(Long.class).single();
    }

    /** wardId: the ward named, else the one the report was found to be (s.wardKey()), else null. */
    public long insertForProvince(long provinceId, Long wardId, Long reportId, Long batchId, Stored s) {
        return jdbc.sql("""
                insert into province_report_check (province_id, ward_id, report_id, batch_id, file_name, period_from,
                                                   period_to, period_found, other_ward, blocks, findings, high, medium, low,
                                                   created_by, created_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?) returning id
                """).params(provinceId, wardId != null ? wardId : s.wardKey(), reportId, batchId, s.fileName(), s.from(),
                s.to(), s.periodFound(), s.otherWard(), s.blocks(), s.findings(), s.high(), s.medium(), s.low(),
                s.createdBy(), s.createdByName()).query(Long.class).single();
    }

    public Optional<Row> find(long id) {
        Optional<Row> ward = jdbc.sql(WARD_SELECT.formatted("c.findings::text") + " where c.id = ?").param(id)
                .query(Row.class).optional();
        return ward.isPresent() ? ward : jdbc.sql(PROVINCE_SELECT.formatted("c.findings::text") + " where c.id = ?")
                .param(id).query(Row.class).optional();
    }

    /** The text as read, kept to show the findings in place. */
    public String blocks(long id) {
        return jdbc.sql("""
                select blocks::text from ward_report_check where id = ?
                union all select blocks::text from province_report_check where id = ?
                """).params(id, id).query(String.class).optional().orElse("[]");
    }

    /** The ward's latest checks, newest first, without their findings. */
    public List<Row> ofWard(long wardId, int limit) {
        return jdbc.sql(WARD_SELECT.formatted("'[]'") + " where c.ward_id = ? order by c.created_at desc, c.id desc limit ?")
                .params(wardId, limit).query(Row.class).list();
    }

    /** The province's latest uploads (not its batch checks), newest first. */
    public List<Row> ofProvince(long provinceId, int limit) {
        return jdbc.sql(PROVINCE_SELECT.formatted("'[]'") + """
                 where c.province_id = ? and c.batch_id is null order by c.created_at desc, c.id desc limit ?
                """).params(provinceId, limit).query(Row.class).list();
    }

    /** A batch's checks, by ward. */
    public List<Row> batch(long provinceId, long batchId) {
        return jdbc.sql(PROVINCE_SELECT.formatted("'[]'") + """
                 where c.province_id = ? and c.batch_id = ? order by w.name, c.period_to, c.id
                """).params(provinceId, batchId).query(Row.class).list();
    }
}
