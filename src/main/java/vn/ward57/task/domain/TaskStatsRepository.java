package vn.ward57.task.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counts of tasks by their state as of a date, as one aggregate, overall or grouped. */
@Repository
public class TaskStatsRepository {

    /** What the counts are grouped by; the SQL is chosen here, never taken from input. */
    public enum GroupBy {
        NONE("''"), WARD("ward_id::text"), DIRECTIVE("coalesce(directive_id::text, '')"),
        PHASE("coalesce(phase, '')"), UNIT("coalesce(lead_unit_id::text, '')");

        private final String expression;

        GroupBy(String expression) {
            this.expression = expression;
        }
    }

    public record Counts(String groupKey, long assigned, long doneOnTime, long doneLate, long inProgress,
                         long overdue, long dueSoon) {
    }

    private static final String COUNTS = """
            select %s as group_key,
                   count(*) as assigned,
                   count(*) filter (where status = 'DONE_ON_TIME') as done_on_time,
                   count(*) filter (where status = 'DONE_LATE') as done_late,
                   count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                   count(*) filter (where status = 'OVERDUE') as overdue,
                   count(*) filter (where done_on is null and deadline_then between :asOf and cast(:asOf as date) + 7)
                       as due_soon
            from (select *, %s as status from (%s) a) s
            where ward_id in (:wards) and assigned_on <= :asOf
              and (cast(:directive as bigint) is null or directive_id = :directive)
              and (cast(:phase as varchar) is null or phase = :phase)
              and (cast(:unit as bigint) is null or lead_unit_id = :unit)
            group by 1 order by 1
            """;

    private final JdbcClient jdbc;

    TaskStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Counts> counts(Collection<Long> wardIds, LocalDate asOf, Long directiveId, String phase, Long unitId,
                               GroupBy groupBy) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COUNTS.formatted(groupBy.expression, TaskAsOf.STATUS, TaskAsOf.TASKS))
                .param("wards", wardIds).param("asOf", asOf)
                .param("directive", directiveId, Types.BIGINT).param("phase", phase, Types.VARCHAR)
                .param("unit", unitId, Types.BIGINT)
                .query(Counts.class).list();
    }
}
