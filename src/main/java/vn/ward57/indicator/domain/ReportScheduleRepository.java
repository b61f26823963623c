package vn.ward57.indicator.domain;

import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The due day and closing of each unit's reports of a period type, where they differ from the 15th. */
@Repository
public class ReportScheduleRepository {

    private final JdbcClient jdbc;

    ReportScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ScheduleRow(long unitId, String periodType, int dueDay, Integer closesAfterDays) {
    }

    public Optional<ScheduleRow> find(long unitId, String periodType) {
        return jdbc.sql("select unit_id, period_type, due_day, closes_after_days from report_schedule "
                        + "where unit_id = ? and period_type = ?")
                .params(unitId, periodType).query(ScheduleRow.class).optional();
    }

    public List<ScheduleRow> ofWard(long wardId) {
        return jdbc.sql("select unit_id, period_type, due_day, closes_after_days from report_schedule "
                        + "where ward_id = ? order by unit_id, period_type")
                .param(wardId).query(ScheduleRow.class).list();
    }

    public void save(long wardId, long unitId, String periodType, int dueDay, Integer closesAfterDays) {
        jdbc.sql("""
                insert into report_schedule (ward_id, unit_id, period_type, due_day, closes_after_days)
                values (:ward, :unit, :type, :due, :closes)
                on conflict (unit_id, period_type) do update set due_day = excluded.due_day,
                    closes_after_days = excluded.closes_after_days
                """)
                .param("ward", wardId).param("unit", unitId).param("type", periodType).param("due", dueDay)
                .param("closes", closesAfterDays, Types.SMALLINT).update();
    }
}
