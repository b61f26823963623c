package vn.ward57.breakthrough.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.breakthrough.Breakthrough;
import vn.ward57.common.database.Folding;

/** Breakthrough models of a ward with the tasks and indicators they are linked to. */
@Repository
class BreakthroughRepository {

    private static final String SELECT = """
            select id, code, title, field, problem, solution, mechanisms_resources, cost_and_time, cost_vnd,
                   quantified_result, impact, lessons_and_scaling, risks, head_role, contact_name, contact_phone,
                   contact_email, started_on, status, report_year
            from breakthrough
            """;

    private final JdbcClient jdbc;

    BreakthroughRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A model's columns as stored and as the rules accepted them (the links apart). */
    public record Values(String code, String title, String field, String problem, String solution,
                         String mechanismsResources, String costAndTime, Long costVnd, String quantifiedResult,
                         String impact, String lessonsAndScaling, String risks, String headRole, String contactName,
                         String contactPhone, String contactEmail, LocalDate startedOn, String status,
                         Integer reportYear) {
    }

    public record Row(long id, Values values) {
    }

    public List<Row> list(long wardId, String status, String query) {
        StringBuilder sql = new StringBuilder(SELECT).append("where ward_id = ?");
        List<Object> params = new ArrayList<>(List.of(wardId));
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status);
        }
        if (query != null && !query.isBlank()) {
            String[] columns = {"code", "title", "coalesce(field, '')", "problem", "solution", "contact_name"};
            sql.append(" and (");
            for (int i = 0; i < columns.length; i++) {
                sql.append(i == 0 ? "" : " or ").append(Folding.column(columns[i])).append(" like ?");
                params.add(Folding.pattern(query));
            }
            sql.append(")");
        }
        return jdbc.sql(sql.append(" order by code, id").toString()).params(params).query(BreakthroughRepository::row).list();
    }

    public Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where ward_id = ? and id = ?").params(wardId, id)
                .query(BreakthroughRepository::row).optional();
    }

    public Optional<Long> idOf(long wardId, String code) {
        return jdbc.sql("select id from breakthrough where ward_id = ? and code = ?").params(wardId, code)
                .query(Long.class).optional();
    }

    public long insert(long wardId, Values v) {
        return bind(jdbc.sql("""
                insert into breakthrough (ward_id, code, title, field, problem, solution, mechanisms_resources,
                       cost_and_time, cost_vnd, quantified_result, impact, lessons_and_scaling, risks, head_role,
                       contact_name, contact_phone, contact_email, started_on, status, report_year)
                values (:ward, :code, :title, :field, :problem, :solution, :mechanisms, :costAndTime, :costVnd,
                        :result, :impact, :lessons, :risks, :headRole, :contactName, :contactPhone, :contactEmail,
                        :startedOn, :status, :reportYear)
                returning id
                """).param("ward", wardId), v).query(Long.class).single();
    }

    public void update(long id, Values v) {
        bind(jdbc.sql("""
                update breakthrough set code = :code, title = :title, field = :field, problem = :problem,
                       solution = :solution, mechanisms_resources = :mechanisms, cost_and_time = :costAndTime,
                       cost_vnd = :costVnd, quantified_result = :result, impact = :impact,
                       lessons_and_scaling = :lessons, risks = :risks, head_role = :headRole,
                       contact_name = :contactName, contact_phone = :contactPhone, contact_email = :contactEmail,
                       started_on = :startedOn, status = :status, report_year = :reportYear
                where id = :id
                """).param("id", id), v).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from breakthrough where id = ?").param(id).update();
    }

    public List<Long> taskIds(long id) {
        return jdbc.sql("select task_id from breakthrough_task where breakthrough_id = ? order by task_id")
                .param(id).query(Long.class).list();
    }

    public List<String> indicatorCodes(long id) {
        return jdbc.sql("select indicator_code from breakthrough_indicator where breakthrough_id = ? order by indicator_code")
                .param(id).query(String.class).list();
    }

    /** Replaces a model's links with the ones given. */
    public void link(long id, List<Long> taskIds, List<String> indicatorCodes) {
        jdbc.sql("delete from breakthrough_task where breakthrough_id = ?").param(id).update();
        jdbc.sql("delete from breakthrough_indicator where breakthrough_id = ?").param(id).update();
        for (Long task : taskIds) {
            jdbc.sql("insert into breakthrough_task (breakthrough_id, task_id) values (?, ?)").params(id, task).update();
        }
        for (String code : indicatorCodes) {
            jdbc.sql("insert into breakthrough_indicator (breakthrough_id, indicator_code) values (?, ?)")
                    .params(id, code).update();
        }
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), new Values(rs.getString("code"), rs.getString("title"), rs.getString("field"),
                rs.getString("problem"), rs.getString("solution"), rs.getString("mechanisms_resources"),
                rs.getString("cost_and_time"), rs.getObject("cost_vnd", Long.class), rs.getString("quantified_result"),
                rs.getString("impact"), rs.getString("lessons_and_scaling"), rs.getString("risks"),
                rs.getString("head_role"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getString("contact_email"), rs.getObject("started_on", LocalDate.class), rs.getString("status"),
                rs.getObject("report_year", Integer.class)));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Values v) {
        return spec.param("code", v.code()).param("title", v.title()).param("field", v.field(), Types.VARCHAR)
                .param("problem", v.problem()).param("solution", v.solution())
                .param("mechanisms", v.mechanismsResources(), Types.VARCHAR)
                .param("costAndTime", v.costAndTime(), Types.VARCHAR).param("costVnd", v.costVnd(), Types.BIGINT)
                .param("result", v.quantifiedResult()).param("impact", v.impact(), Types.VARCHAR)
                .param("lessons", v.lessonsAndScaling(), Types.VARCHAR).param("risks", v.risks(), Types.VARCHAR)
                .param("headRole", v.headRole(), Types.VARCHAR).param("contactName", v.contactName())
                .param("contactPhone", v.contactPhone(), Types.VARCHAR)
                .param("contactEmail", v.contactEmail(), Types.VARCHAR)
                .param("startedOn", v.startedOn(), Types.DATE).param("status", v.status())
                .param("reportYear", v.reportYear(), Types.INTEGER);
    }
}
