package vn.ward57.budget.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.budget.Adjustment;
import vn.ward57.budget.Commitment;

/**
 * A line's adjustments (signed amounts) and commitments: two tables of the same shape, a dated amount
 * with a document and a text, so one set of statements serves both.
 */
@Repository
class BudgetEntryRepository {

    /** The kinds of entry: the table (also the name the audit log knows it by) and its day and text columns. */
    enum Kind {
        ADJUSTMENT("budget_adjustment", "decided_on", "reason"),
        COMMITMENT("budget_commitment", "committed_on", "note");

        // only these constants are written into the statements
        final String table;
        private final String day;
        private final String text;

        Kind(String table, String day, String text) {
            this.table = table;
            this.day = day;
            this.text = text;
        }

        private String select() {
            return "select id, ward_id, budget_line_id, " + day + " as day, amount, document, " + text
                    + " as text from " + table + " ";
        }
    }

    record EntryRow(long id, long wardId, long budgetLineId, LocalDate day, long amount, String document,
                    String text) {

        Adjustment adjustment() {
            return new Adjustment(id, budgetLineId, day, amount, document, text);
        }

        Commitment commitment() {
            return new Commitment(id, budgetLineId, day, amount, document, text);
        }
    }

    private final JdbcClient jdbc;

    BudgetEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The line's entries of the kind, the latest day first. */
    List<EntryRow> list(Kind kind, long lineId) {
        return jdbc.sql(kind.select() + "where budget_line_id = ? order by day desc, id desc").param(lineId)
                .query(EntryRow.class).list();
    }

    Optional<EntryRow> find(Kind kind, long id) {
        return jdbc.sql(kind.select() + "where id = ?").param(id).query(EntryRow.class).optional();
    }

    EntryRow insert(Kind kind, long wardId, long lineId, LocalDate day, long amount, String document, String text) {
        long id = jdbc.sql("insert into " + kind.table + " (ward_id, budget_line_id, " + kind.day
                        + ", amount, document, " + kind.text
                        + ") values (:ward, :line, :day, :amount, :document, :text) returning id")
                .param("ward", wardId).param("line", lineId).param("day", day).param("amount", amount)
                .param("document", document, Types.VARCHAR).param("text", text, Types.VARCHAR)
                .query(Long.class).single();
        return new EntryRow(id, wardId, lineId, day, amount, document, text);
    }

    void delete(Kind kind, long id) {
        jdbc.sql("delete from " + kind.table + " where id = ?").param(id).update();
    }
}
