package vn.ward57.breakthrough.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.database.Folding;

/** Recommendations of a ward and their follow-up log. */
@Repository
class RecommendationRepository {

    private static final String SELECT = """
            select id, code, content, deciding_authority, lead_body, coordinating_bodies, expected_output,
                   deadline, deadline_text, scope, status
            from recommendation
            """;

    private final JdbcClient jdbc;

    RecommendationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Values(String code, String content, String decidingAuthority, String leadBody,
                         String coordinatingBodies, String expectedOutput, LocalDate deadline, String deadlineText,
                         String scope, String status) {
    }

    public record Row(long id, String code, String content, String decidingAuthority, String leadBody,
                      String coordinatingBodies, String expectedOutput, LocalDate deadline, String deadlineText,
                      String scope, String status) {
    }

    public record FollowUpRow(String status, LocalDate onDate, String note, String actor, OffsetDateTime recordedAt) {
    }

    /**
     * The list in Phụ lục X order (the ward's own first, then those for higher levels), narrowed; overdue means
     * a deadline before asOf on one still open.
     */
    public List<Row> list(long wardId, String scope, String status, Boolean overdue, LocalDate asOf, String query) {
        StringBuilder sql = new StringBuilder(SELECT).append("where ward_id = ?");
        List<Object> params = new ArrayList<>(List.of(wardId));
        if (scope != null) {
            sql.append(" and scope = ?");
            params.add(scope);
        }
        if (status != null) {
            sql.append(" and status = ?");
            params.add(status);
        }
        if (overdue != null) {
            sql.append(overdue ? " and" : " and not").append(" (deadline < ? and status not in ('DONE', 'REJECTED'))");
            params.add(asOf);
        }
        if (query != null && !query.isBlank()) {
            String[] columns = {"code", "content", "deciding_authority", "lead_body", "coalesce(coordinating_bodies, '')",
                    "expected_output"};
            sql.append(" and (");
            for (int i = 0; i < columns.length; i++) {
                sql.append(i == 0 ? "" : " or ").append(Folding.column(columns[i])).append(" like ?");
                params.add(Folding.pattern(query));
            }
            sql.append(")");
        }
        sql.append(" order by case scope when 'SELF' then 0 else 1 end, code, id");
        return jdbc.sql(sql.toString()).params(params).query(Row.class).list();
    }

    public Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where ward_id = ? and id = ?").params(wardId, id).query(Row.class).optional();
    }

    public Optional<Long> idOf(long wardId, String code) {
        return jdbc.sql("select id from recommendation where ward_id = ? and code = ?").params(wardId, code)
                .query(Long.class).optional();
    }

    public long insert(long wardId, Values v) {
        return bind(jdbc.sql("""
                insert into recommendation (ward_id, code, content, deciding_authority, lead_body,
                       coordinating_bodies, expected_output, deadline, deadline_text, scope, status)
                values (:ward, :code, :content, :authority, :lead, :coordinating, :output, :deadline, :deadlineText,
                        :scope, :status)
                returning id
                """).param("ward", wardId), v).query(Long.class).single();
    }

    public void update(long id, Values v) {
        bind(jdbc.sql("""
                update recommendation set code = :code, content = :content, deciding_authority = :authority,
                       lead_body = :lead, coordinating_bodies = :coordinating, expected_output = :output,
                       deadline = :deadline, deadline_text = :deadlineText, scope = :scope, status = :status
                where id = :id
                """).param("id", id), v).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from recommendation where id = ?").param(id).update();
    }

    public void logFollowUp(long id, String status, LocalDate onDate, String note, String actor) {
        jdbc.sql("""
                insert into recommendation_followup (recommendation_id, status, on_date, note, actor)
                values (?, ?, ?, ?, ?)
                """).params(id, status, onDate, note, actor).update();
    }

    public List<FollowUpRow> followUps(long id) {
        return jdbc.sql("""
                select status, on_date, note, actor, recorded_at from recommendation_followup
                where recommendation_id = ? order by on_date, id
                """).param(id).query(FollowUpRow.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Values v) {
        return spec.param("code", v.code()).param("content", v.content())
                .param("authority", v.decidingAuthority()).param("lead", v.leadBody())
                .param("coordinating", v.coordinatingBodies(), Types.VARCHAR).param("output", v.expectedOutput())
                .param("deadline", v.deadline(), Types.DATE).param("deadlineText", v.deadlineText(), Types.VARCHAR)
                .param("scope", v.scope()).param("status", v.status());
    }
}
