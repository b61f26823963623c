package vn.ward57.budget.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments from the ward's budget lines. */
@Repository
class DisbursementRepository {

    public record Row(long id, long wardId, long budgetLineId, int fiscalYear, String lineCode, String lineName,
                      LocalDate paidOn, long amount, String document, String note, String overrideReason,
                      String overriddenBy, long version) {
    }

    /** What is written of a payment; overrideReason and overriddenBy both or neither. */
    public record Values(long budgetLineId, LocalDate paidOn, long amount, String document, String note,
                         String overrideReason, String overriddenBy) {
    }

    private static final String SELECT = """
            select d.id, d.ward_id, d.budget_line_id, l.fiscal_year, l.code as line_code, l.name as line_name,
                   d.paid_on, d.amount, d.document, d.note, d.override_reason, d.overridden_by, d.version
            from disbursement d join budget_line l on l.id = d.budget_line_id
            """;

    private final JdbcClient jdbc;

    DisbursementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest payment first. */
    public List<Row> list(long wardId, Integer year, Long lineId, LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + """
                where d.ward_id = :ward and (cast(:year as integer) is null or l.fiscal_year = :year)
                  and (cast(:line as bigint) is null or d.budget_line_id = :line)
                  and (cast(:from as date) is null or d.paid_on >= :from)
                  and (cast(:to as date) is null or d.paid_on <= :to)
                order by d.paid_on desc, d.id desc
                """).param("ward", wardId).param("year", year, Types.INTEGER).param("line", lineId, Types.BIGINT)
                .param("from", from, Types.DATE).param("to", to, Types.DATE).query(Row.class).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "where d.id = ?").param(id).query(Row.class).optional();
    }

    public boolean anyOfLine(long lineId) {
        return jdbc.sql("select exists (select 1 from disbursement where budget_line_id = ?)").param(lineId)
                .query(Boolean.class).single();
    }

    /** Paid from the line by the payments other than the one given (0 = none excluded). */
    public long paidFromLine(long lineId, long exceptId) {
        return jdbc.sql("select coalesce(sum(amount), 0) from disbursement where budget_line_id = ? and id <> ?")
                .params(lineId, exceptId).query(Long.class).single();
    }

    /**
     * What tells a payment apart from another of the same line: its day, amount and document (a file imported
     * twice has the same).
     */
    public record Key(LocalDate paidOn, long amount, String document) {
    }

    /** The line's payments by their keys, read once for all the rows of a file. */
    public Set<Key> keysOfLine(long lineId) {
        return new HashSet<>(jdbc.sql("select paid_on, amount, document from disbursement where budget_line_id = ?")
                .param(lineId).query(Key.class).list());
    }

    /** The payments of those ids, oldest id first; read back after a batch of an import is written. */
    public List<Row> findAll(List<Long> ids) {
        return jdbc.sql(SELECT + "where d.id = any(?) order by d.id").param(ids.toArray(Long[]::new))
                .query(Row.class).list();
    }

    /** Inserts the payments in one statement (an import's batch), in their order; answers their ids. */
    public List<Long> insertAll(long wardId, List<Values> payments) {
        if (payments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into disbursement (ward_id, budget_line_id, paid_on, amount, document, note, override_reason,
                                          overridden_by)
                select ?, p.line, cast(p.paid_on as date), p.amount, p.document, p.note, p.reason, p.overridden
                from unnest(?::bigint[], ?::text[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::varchar[])
                     with ordinality as p(line, paid_on, amount, document, note, reason, overridden, n)
                order by p.n
                returning id
                """).param(wardId)
                .param(payments.stream().map(Values::budgetLineId).toArray(Long[]::new))
                // ISO text, cast by the statement: the driver has no array type of dates
                .param(payments.stream().map(p -> p.paidOn().toString()).toArray(String[]::new))
                .param(payments.stream().map(Values::amount).toArray(Long[]::new))
                .param(payments.stream().map(Values::document).toArray(String[]::new))
                .param(payments.stream().map(Values::note).toArray(String[]::new))
                .param(payments.stream().map(Values::overrideReason).toArray(String[]::new))
                .param(payments.stream().map(Values::overriddenBy).toArray(String[]::new))
                .query(Long.class).list();
    }

    public long insert(long wardId, Values v) {
        return values(jdbc.sql("""
                insert into disbursement (ward_id, budget_line_id, paid_on, amount, document, note, override_reason,
                                          overridden_by)
                values (:ward, :line, :paidOn, :amount, :document, :note, :reason, :by) returning id
                """).param("ward", wardId), v).query(Long.class).single();
    }

    /** Locks the payment's row until the transaction ends (before its line's, as every change of it does). */
    public void lock(long id) {
        jdbc.sql("select 1 from disbursement where id = ? for no key update").param(id).query(Integer.class)
                .optional();
    }

    /** Raises the version, and only from the one given (false: the payment moved on, nothing written). */
    public boolean update(long id, long version, Values v) {
        return values(jdbc.sql("""
                update disbursement set budget_line_id = :line, paid_on = :paidOn, amount = :amount,
                       document = :document, note = :note, override_reason = :reason, overridden_by = :by,
                       version = version + 1
                where id = :id and version = :version
                """).param("id", id).param("version", version), v).update() == 1;
    }

    public boolean delete(long id, long version) {
        return jdbc.sql("delete from disbursement where id = ? and version = ?").params(id, version).update() == 1;
    }

    private static JdbcClient.StatementSpec values(JdbcClient.StatementSpec sql, Values v) {
        return sql.param("line", v.budgetLineId()).param("paidOn", v.paidOn()).param("amount", v.amount())
                .param("document", v.document(), Types.VARCHAR).param("note", v.note(), Types.VARCHAR)
                .param("reason", v.overrideReason(), Types.VARCHAR).param("by", v.overriddenBy(), Types.VARCHAR);
    }
}
