package vn.ward57.budget.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A line's adjustments (signed amounts) and commitments. */
@Repository
class BudgetEntryRepository {

    public record AdjustmentRow(long id, long wardId, long budgetLineId, LocalDate decidedOn, long amount,
                                String document, String reason) {
    }

    public record CommitmentRow(long id, long wardId, long budgetLineId, LocalDate committedOn, long amount,
                                String document, String note) {
    }

    private static final String ADJUSTMENTS =
            "select id, ward_id, budget_line_id, decided_on, amount, document, reason from budget_adjustment ";
    private static final String COMMITMENTS =
            "select id, ward_id, budget_line_id, committed_on, amount, document, note from budget_commitment ";

    private final JdbcClient jdbc;

    BudgetEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AdjustmentRow> adjustments(long lineId) {
        return jdbc.sql(ADJUSTMENTS + "where budget_line_id = ? order by decided_on desc, id desc").param(lineId)
                .query(AdjustmentRow.class).list();
    }

    public Optional<AdjustmentRow> findAdjustment(long id) {
        return jdbc.sql(ADJUSTMENTS + "where id = ?").param(id).query(AdjustmentRow.class).optional();
    }

    public long insertAdjustment(long wardId, long lineId, LocalDate decidedOn, long amount, String document,
                                 String reason) {
        return jdbc.sql("""
                insert into budget_adjustment (ward_id, budget_line_id, decided_on, amount, document, reason)
                values (:ward, :line, :day, :amount, :document, :text) returning id
                """).param("ward", wardId).param("line", lineId).param("day", decidedOn).param("amount", amount)
                .param("document", document, Types.VARCHAR).param("text", reason, Types.VARCHAR)
                .query(Long.class).single();
    }

    public void deleteAdjustment(long id) {
        jdbc.sql("delete from budget_adjustment where id = ?").param(id).update();
    }

    public List<CommitmentRow> commitments(long lineId) {
        return jdbc.sql(COMMITMENTS + "where budget_line_id = ? order by committed_on desc, id desc").param(lineId)
                .query(CommitmentRow.class).list();
    }

    public Optional<CommitmentRow> findCommitment(long id) {
        return jdbc.sql(COMMITMENTS + "where id = ?").param(id).query(CommitmentRow.class).optional();
    }

    public long insertCommitment(long wardId, long lineId, LocalDate committedOn, long amount, String document,
                                 String note) {
        return jdbc.sql("""
                insert into budget_commitment (ward_id, budget_line_id, committed_on, amount, document, note)
                values (:ward, :line, :day, :amount, :document, :text) returning id
                """).param("ward", wardId).param("line", lineId).param("day", committedOn).param("amount", amount)
                .param("document", document, Types.VARCHAR).param("text", note, Types.VARCHAR)
                .query(Long.class).single();
    }

    public void deleteCommitment(long id) {
        jdbc.sql("delete from budget_commitment where id = ?").param(id).update();
    }
}
