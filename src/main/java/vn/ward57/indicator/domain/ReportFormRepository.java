package vn.ward57.indicator.domain;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units' report forms per period and the history of their submission and approval. */
@Repository
public class ReportFormRepository {

    private final JdbcClient jdbc;

    ReportFormRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record FormRow(long unitId, String period, String status, OffsetDateTime submittedAt, String submittedBy) {
    }

    public record EventRow(String kind, String message, String actor, OffsetDateTime at) {
    }

    public Optional<FormRow> find(long unitId, String period) {
        return jdbc.sql("select unit_id, period, status, submitted_at, submitted_by from report_form "
                        + "where unit_id = ? and period = ?")
                .params(unitId, period).query(FormRow.class).optional();
    }

    /** The ward's forms whose period is one of the given codes. */
    public List<FormRow> ofWard(long wardId, List<String> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select unit_id, period, status, submitted_at, submitted_by from report_form
                where ward_id = :ward and period in (:periods)
                """).param("ward", wardId).param("periods", periods).query(FormRow.class).list();
    }

    /** The ward's forms a leader returned (or reopened) and the unit has not submitted again, of any period. */
    public List<FormRow> returned(long wardId) {
        return jdbc.sql("select unit_id, period, status, submitted_at, submitted_by from report_form "
                        + "where ward_id = ? and status = 'RETURNED'")
                .params(wardId).query(FormRow.class).list();
    }

    public void save(long wardId, long unitId, String period, String status, boolean submitting, String actor) {
        jdbc.sql("""
                insert into report_form (ward_id, unit_id, period, status, submitted_at, submitted_by)
                values (:ward, :unit, :period, :status,
                        case when :submitting then now() end, case when :submitting then :actor end)
                on conflict (unit_id, period) do update set status = excluded.status,
                    submitted_at = case when :submitting then now() else report_form.submitted_at end,
                    submitted_by = case when :submitting then :actor else report_form.submitted_by end
                """)
                .param("ward", wardId).param("unit", unitId).param("period", period).param("status", status)
                .param("submitting", submitting).param("actor", actor, Types.VARCHAR).update();
    }

    public void event(long wardId, long unitId, String period, String kind, String message, String actor) {
        jdbc.sql("""
                insert into report_form_event (ward_id, unit_id, period, kind, message, actor)
                values (:ward, :unit, :period, :kind, :message, :actor)
                """)
                .param("ward", wardId).param("unit", unitId).param("period", period).param("kind", kind)
                .param("message", message, Types.VARCHAR).param("actor", actor).update();
    }

    public List<EventRow> history(long unitId, String period) {
        return jdbc.sql("select kind, message, actor, at from report_form_event where unit_id = ? and period = ? "
                        + "order by at, id")
                .params(unitId, period).query(EventRow.class).list();
    }
}
