package vn.ward57.indicator.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ward's validation rules. */
@Repository
public class RuleRepository {

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RuleRow(String code, String name, String leftExpr, String operator, String rightExpr,
                          String missing, String importance) {
    }

    public List<RuleRow> findByWard(long wardId) {
        return jdbc.sql("""
                select code, name, left_expr, operator, right_expr, missing, importance
                from validation_rule where ward_id = ? order by code
                """).param(wardId).query(RuleRow.class).list();
    }

    /** Adds the rule unless the ward has one of that code; answers whether it was added. */
    public boolean insertIfAbsent(long wardId, RuleRow r) {
        return jdbc.sql("""
                insert into validation_rule (ward_id, code, name, left_expr, operator, right_expr, missing, importance)
                values (:ward, :code, :name, :left, :operator, :right, :missing, :importance)
                on conflict (ward_id, code) do nothing
                """)
                .param("ward", wardId).param("code", r.code()).param("name", r.name()).param("left", r.leftExpr())
                .param("operator", r.operator()).param("right", r.rightExpr()).param("missing", r.missing())
                .param("importance", r.importance())
                .update() == 1;
    }
}
