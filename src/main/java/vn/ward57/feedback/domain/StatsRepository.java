package vn.ward57.feedback.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The period's feedback figures as one SQL aggregate (definitions in FeedbackStatsService). answered_on is
 * the day the ward finished its part (answer or transfer), so a CLOSED item counts from its answer's day.
 */
@Repository
public class StatsRepository {

    private static final String FIGURES = """
            count(*) filter (where f.received_on between :from and :to) as received,
            count(*) filter (where f.answered_on between :from and :to) as resolved,
            count(*) filter (where f.answered_on between :from and :to and f.answered_on <= f.due_on) as on_time,
            count(*) filter (where f.received_on <= :to and (f.answered_on is null or f.answered_on > :to)) as backlog,
            count(*) filter (where f.received_on <= :to and (f.answered_on is null or f.answered_on > :to)
                             and f.due_on < :to) as overdue
            """;

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Items waiting for someone to take them up: of every unit, those nobody has assigned yet (RECEIVED); of one
     * unit (unitCode), those received for it or assigned to it and not yet in progress.
     */
    public long waiting(long wardId, String unitCode) {
        return jdbc.sql("""
                select count(*) from feedback_item f left join unit u on u.id = f.unit_id
                where f.ward_id = :ward and (cast(:unit as varchar) is null and f.state = 'RECEIVED'
                    or u.code = :unit and f.state in ('RECEIVED', 'ASSIGNED'))
                """).param("ward", wardId).param("unit", unitCode, java.sql.Types.VARCHAR).query(Long.class).single();
    }

    public record Figures(long received, long resolved, long onTime, long backlog, long overdue) {
    }

    public record CategoryFigures(String code, String name, boolean nq57Area, long received, long resolved, long onTime, long backlog,
                                  long overdue) {
    }

    public record Listed(String code, String categoryName, LocalDate receivedOn, LocalDate dueOn, String state,
                         String repeatOf, String content) {
    }

    /** The 766 figures of each ward (key: ward id) in one aggregate; see FeedbackIndexFigures. */
    public java.util.Map<Long, vn.ward57.feedback.FeedbackIndexFigures> indexFigures(
            java.util.Collection<Long> wardIds, LocalDate from, LocalDate to) {
        java.util.Map<Long, vn.ward57.feedback.FeedbackIndexFigures> result = new java.util.HashMap<>();
        if (wardIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select ward_id,
                       count(*) filter (where due_on between :from and :to) as due,
                       count(*) filter (where due_on between :from and :to and answered_on <= due_on) as on_time,
                       count(*) filter (where closed_on between :from and :to and satisfied is not null) as rated,
                       count(*) filter (where closed_on between :from and :to and satisfied) as satisfied
                from feedback_item where ward_id in (:wards) group by ward_id
                """).param("wards", wardIds).param("from", from).param("to", to).query(rs -> {
                    result.put(rs.getLong("ward_id"), new vn.ward57.feedback.FeedbackIndexFigures(
                            rs.getLong("due"), rs.getLong("on_time"), rs.getLong("rated"), rs.getLong("satisfied")));
                });
        return result;
    }

    /** With nq57AreaOnly, only the items of categories of the Resolution-57 area (feedback_category.nq57_area). */
    public Figures figures(long wardId, LocalDate from, LocalDate to, boolean nq57AreaOnly) {
        return jdbc.sql("select " + FIGURES + """
                from feedback_item f join feedback_category c on c.id = f.category_id
                where f.ward_id = :ward and (c.nq57_area or not :areaOnly)
                """).param("ward", wardId).param("from", from).param("to", to).param("areaOnly", nq57AreaOnly)
                .query(Figures.class).single();
    }

    public List<CategoryFigures> byCategory(long wardId, LocalDate from, LocalDate to) {
        return jdbc.sql("select c.code, c.name, c.nq57_area, " + FIGURES + """
                from feedback_category c left join feedback_item f on f.category_id = c.id
                where c.ward_id = :ward group by c.id, c.code, c.name, c.nq57_area order by c.name, c.code
                """).param("ward", wardId).param("from", from).param("to", to).query(CategoryFigures.class).list();
    }

    /** Items received in the period on a matter raised before (repeat_of set). */
    public List<Listed> repeated(long wardId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select f.code, c.name as category_name, f.received_on, f.due_on, f.state, r.code as repeat_of,
                       f.content
                from feedback_item f join feedback_category c on c.id = f.category_id
                     join feedback_item r on r.id = f.repeat_of
                where f.ward_id = ? and f.received_on between ? and ? order by f.received_on, f.code
                """).params(wardId, from, to).query(Listed.class).list();
    }

    /** Long-running: unresolved at `to` and past due, the oldest due first. */
    public List<Listed> longRunning(long wardId, LocalDate to) {
        return jdbc.sql("""
                select f.code, c.name as category_name, f.received_on, f.due_on, f.state, r.code as repeat_of,
                       f.content
                from feedback_item f join feedback_category c on c.id = f.category_id
                     left join feedback_item r on r.id = f.repeat_of
                where f.ward_id = ? and f.received_on <= ? and (f.answered_on is null or f.answered_on > ?)
                  and f.due_on < ? order by f.due_on, f.code
                """).params(wardId, to, to, to).query(Listed.class).list();
    }
}
