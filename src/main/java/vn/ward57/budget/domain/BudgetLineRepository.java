package vn.ward57.budget.domain;

import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lines of the ward's estimates, each read with its totals. */
@Repository
class BudgetLineRepository {

    /** A line and its sums: adjusted = estimate + Σ adjustments; disbursed, committed = Σ of each. */
    public record Row(long id, long wardId, int fiscalYear, String category, String code, String name, long estimate,
                      String fundingSource, String note, long adjusted, long disbursed, long committed,
                      long version) {
    }

    /** What is written of a line. */
    public record Values(int fiscalYear, String category, String code, String name, long estimate,
                         String fundingSource, String note) {
    }

    private static final String SELECT = """
            select l.id, l.ward_id, l.fiscal_year, l.category, l.code, l.name, l.estimate, l.funding_source, l.note,
                   l.estimate + coalesce((select sum(a.amount) from budget_adjustment a
                                          where a.budget_line_id = l.id), 0) as adjusted,
                   coalesce((select sum(d.amount) from disbursement d where d.budget_line_id = l.id), 0) as disbursed,
                   coalesce((select sum(c.amount) from budget_commitment c
                             where c.budget_line_id = l.id), 0) as committed,
                   l.version
            from budget_line l
            """;

    private final JdbcClient jdbc;

    BudgetLineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Year newest first, then KHCN, DMST, CDS, then code. */
    public List<Row> list(long wardId, Integer year, String category) {
        return jdbc.sql(SELECT + """
                where l.ward_id = :ward and (cast(:year as integer) is null or l.fiscal_year = :year)
                  and (cast(:category as varchar) is null or l.category = :category)
                order by l.fiscal_year desc, array_position(array['KHCN', 'DMST', 'CDS']::varchar[], l.category), l.code
                """).param("ward", wardId).param("year", year, Types.INTEGER)
                .param("category", category, Types.VARCHAR).query(Row.class).list();
    }

    /** The years the ward has lines for, newest first. */
    public List<Integer> years(long wardId) {
        return jdbc.sql("select distinct fiscal_year from budget_line where ward_id = ? order by 1 desc")
                .param(wardId).query(Integer.class).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "where l.id = ?").param(id).query(Row.class).optional();
    }

    /** The line of that code in the ward's estimate of that year. */
    public Optional<Row> findByCode(long wardId, int year, String code) {
        return jdbc.sql(SELECT + "where l.ward_id = ? and l.fiscal_year = ? and l.code = ?")
                .params(wardId, year, code).query(Row.class).optional();
    }

    /** The lines of those ids, by id; read back after a batch of an import is written. */
    public List<Row> findAll(List<Long> ids) {
        return jdbc.sql(SELECT + "where l.id = any(?) order by l.id").param(ids.toArray(Long[]::new))
                .query(Row.class).list();
    }

    /**
     * Locks the line until the transaction ends, so that two payments or adjustments checked at
     * the same time cannot together take it over its estimate.
     */
    public void lock(long id) {
        jdbc.sql("select id from budget_line where id = ? for update").param(id).query(Long.class).optional();
    }

    public long insert(long wardId, Values v) {
        return values(jdbc.sql("""
                insert into budget_line (ward_id, fiscal_year, category, code, name, estimate, funding_source, note)
                values (:ward, :year, :category, :code, :name, :estimate, :source, :note) returning id
                """).param("ward", wardId), v).query(Long.class).single();
    }

    /**
     * Inserts the lines in one statement (an import's batch) and answers the id of each by "year/code", the
     * key that is unique in a ward.
     */
    public Map<String, Long> insertAll(long wardId, List<Values> lines) {
        Map<String, Long> ids = new HashMap<>();
        if (lines.isEmpty()) {
            return ids;
        }
        jdbc.sql("""
                insert into budget_line (ward_id, fiscal_year, category, code, name, estimate, funding_source, note)
                select ?, r.year, r.category, r.code, r.name, r.estimate, r.source, r.note
                from unnest(?::integer[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::varchar[],
                            ?::varchar[]) with ordinality as r(year, category, code, name, estimate, source, note, n)
                order by r.n
                returning id, fiscal_year, code
                """).param(wardId)
                .param(lines.stream().map(Values::fiscalYear).toArray(Integer[]::new))
                .param(lines.stream().map(Values::category).toArray(String[]::new))
                .param(lines.stream().map(Values::code).toArray(String[]::new))
                .param(lines.stream().map(Values::name).toArray(String[]::new))
                .param(lines.stream().map(Values::estimate).toArray(Long[]::new))
                .param(lines.stream().map(Values::fundingSource).toArray(String[]::new))
                .param(lines.stream().map(Values::note).toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getInt("fiscal_year") + "/" + rs.getString("code"), rs.getLong("id"));
                });
        return ids;
    }

    /** A line's new values by its id, for {@link #updateAll}. */
    public record Change(long id, Values values) {
    }

    /** Writes the lines' values in one statement (an import's batch: the last write wins), raising each version. */
    public void updateAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update budget_line l set fiscal_year = u.year, category = u.category, code = u.code, name = u.name,
                       estimate = u.estimate, funding_source = u.source, note = u.note, version = l.version + 1
                from unnest(?::bigint[], ?::integer[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[],
                            ?::varchar[], ?::varchar[]) as u(id, year, category, code, name, estimate, source, note)
                where l.id = u.id
                """)
                .param(changes.stream().map(Change::id).toArray(Long[]::new))
                .param(changes.stream().map(c -> c.values().fiscalYear()).toArray(Integer[]::new))
                .param(changes.stream().map(c -> c.values().category()).toArray(String[]::new))
                .param(changes.stream().map(c -> c.values().code()).toArray(String[]::new))
                .param(changes.stream().map(c -> c.values().name()).toArray(String[]::new))
                .param(changes.stream().map(c -> c.values().estimate()).toArray(Long[]::new))
                .param(changes.stream().map(c -> c.values().fundingSource()).toArray(String[]::new))
                .param(changes.stream().map(c -> c.values().note()).toArray(String[]::new))
                .update();
    }

    /**
     * Raises the version, and only from the one given (false: the line moved on, nothing written); a null
     * version writes whatever the version is (an import: the last write wins).
     */
    public boolean update(long id, Long version, Values v) {
        return values(jdbc.sql("""
                update budget_line set fiscal_year = :year, category = :category, code = :code, name = :name,
                       estimate = :estimate, funding_source = :source, note = :note, version = version + 1
                where id = :id and (cast(:version as integer) is null or version = :version)
                """).param("id", id).param("version", version, Types.INTEGER), v).update() == 1;
    }

    private static JdbcClient.StatementSpec values(JdbcClient.StatementSpec sql, Values v) {
        return sql.param("year", v.fiscalYear()).param("category", v.category()).param("code", v.code())
                .param("name", v.name()).param("estimate", v.estimate())
                .param("source", v.fundingSource(), Types.VARCHAR).param("note", v.note(), Types.VARCHAR);
    }

    public boolean delete(long id, long version) {
        return jdbc.sql("delete from budget_line where id = ? and version = ?").params(id, version).update() == 1;
    }
}
