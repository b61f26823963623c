package vn.ward57.report.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.org.WardId;
import vn.ward57.report.Report;
import vn.ward57.report.ReportKind;

/** Report instances and their narrative sections. */
@Repository
class ReportRepository {

    private static final String SELECT = """
            select r.id, w.code as ward_code, r.kind, r.period_from, r.period_to, r.doc_number, r.place,
                   r.issued_on, r.title, r.opening, r.recipients, r.signer_mode, r.signer_name, r.status,
                   r.finalised_at, r.finalised_by, r.override_reason, r.created_by
            from report r join ward w on w.id = r.ward_id
            """;

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long wardId, ReportKind kind, LocalDate from, LocalDate to, Report.HeaderForm h, String actor) {
        return jdbc.sql("""
                insert into report (ward_id, kind, period_from, period_to, doc_number, place, issued_on, title,
                                    opening, recipients, signer_mode, signer_name, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(wardId, kind.name(), from, to, h.number(), h.place(), h.issuedOn(), h.title(),
                h.opening(), h.recipients(), h.signerMode().name(), h.signerName(), actor).query(Long.class).single();
    }

    /** The ward's report: another ward's is not found under this ward. */
    public Optional<Report> find(WardId wardId, long id) {
        return jdbc.sql(SELECT + "where r.ward_id = ? and r.id = ?").params(wardId.value(), id)
                .query(ReportRepository::report).optional();
    }

    /** The ward of a report, to check access before anything else is read. */
    public Optional<WardId> wardOf(long id) {
        return jdbc.sql("select ward_id from report where id = ?").param(id).query(Long.class).optional()
                .map(WardId::new);
    }

    public List<Report> findByWard(long wardId) {
        return jdbc.sql(SELECT + "where r.ward_id = ? order by r.period_to desc, r.id desc").param(wardId)
                .query(ReportRepository::report).list();
    }

    /** The ward's latest other report of a kind: the one a new report carries its narrative and frame over from. */
    public Optional<Report> previous(long wardId, ReportKind kind, long exceptId) {
        return jdbc.sql(SELECT + """
                where r.ward_id = ? and r.kind = ? and r.id <> ?
                order by (r.status = 'FINAL') desc, r.period_to desc, r.id desc limit 1
                """).params(wardId, kind.name(), exceptId).query(ReportRepository::report).optional();
    }

    /** The FINAL reports of a kind of every ward of a province whose period ends in [from, to]. */
    public List<Report> finalInProvince(long provinceId, ReportKind kind, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                where w.province_id = ? and r.kind = ? and r.status = 'FINAL' and r.period_to between ? and ?
                order by w.name, r.period_to desc, r.id desc
                """).params(provinceId, kind.name(), from, to).query(ReportRepository::report).list();
    }

    /** Changes the frame of a DRAFT; false when the report is no longer a draft. */
    public boolean updateHeader(long id, Report.HeaderForm h) {
        return jdbc.sql("""
                update report set doc_number = ?, place = ?, issued_on = ?, title = ?, opening = ?, recipients = ?,
                                  signer_mode = ?, signer_name = ?, updated_at = now()
                where id = ? and status = 'DRAFT'
                """).params(h.number(), h.place(), h.issuedOn(), h.title(), h.opening(), h.recipients(),
                h.signerMode().name(), h.signerName(), id).update() == 1;
    }

    public boolean finalise(long id, String snapshotJson, String actor, String reason) {
        return jdbc.sql("""
                update report set status = 'FINAL', snapshot = cast(? as jsonb), finalised_at = now(),
                                  finalised_by = ?, override_reason = ?, updated_at = now()
                where id = ? and status = 'DRAFT'
                """).params(snapshotJson, actor, reason, id).update() == 1;
    }

    public Optional<String> snapshot(long id) {
        return jdbc.sql("select snapshot::text from report where id = ? and status = 'FINAL'").param(id)
                .query(String.class).optional();
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from report where id = ? and status = 'DRAFT'").param(id).update() == 1;
    }

    /** The narrative of each section, by key, in no particular order. */
    public Map<String, String> sections(long reportId) {
        Map<String, String> sections = new LinkedHashMap<>();
        jdbc.sql("select section_key, html from report_section where report_id = ? order by section_key")
                .param(reportId).query(rs -> {
                    sections.put(rs.getString(1), rs.getString(2));
                });
        return sections;
    }

    public void saveSection(long reportId, long wardId, String key, String html, String actor) {
        jdbc.sql("""
                insert into report_section (report_id, ward_id, section_key, html, updated_by)
                values (?, ?, ?, ?, ?)
                on conflict (report_id, section_key)
                do update set html = excluded.html, updated_by = excluded.updated_by, updated_at = now()
                """).params(reportId, wardId, key, html, actor).update();
    }

    /**
     * Replaces a section's text of a DRAFT only if it is still {@code before}: false, with nothing changed, when
     * the report was finalised or the text saved again in between.
     */
    public boolean replaceSection(long reportId, String key, String before, String after, String actor) {
        return jdbc.sql("""
                update report_section set html = ?, updated_by = ?, updated_at = now()
                where report_id = ? and section_key = ? and html = ?
                  and exists (select 1 from report r where r.id = report_id and r.status = 'DRAFT')
                """).params(after, actor, reportId, key, before).update() == 1;
    }

    private static Report report(ResultSet rs, int n) throws SQLException {
        String recipients = rs.getString("recipients");
        return new Report(rs.getLong("id"), rs.getString("ward_code"), ReportKind.valueOf(rs.getString("kind")),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("doc_number"), rs.getString("place"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("title"), rs.getString("opening"),
                Arrays.stream(recipients.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                Report.SignerMode.valueOf(rs.getString("signer_mode")), rs.getString("signer_name"),
                Report.Status.valueOf(rs.getString("status")), rs.getObject("finalised_at", OffsetDateTime.class),
                rs.getString("finalised_by"), rs.getString("override_reason"), rs.getString("created_by"));
    }
}
