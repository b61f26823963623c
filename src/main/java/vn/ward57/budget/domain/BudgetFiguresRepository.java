package vn.ward57.budget.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The budget's figures, each one SQL aggregate. */
@Repository
class BudgetFiguresRepository {

    /** Sums of one category (or of the whole year) in đồng. */
    public record Totals(String category, long estimate, long adjusted, long disbursed) {
    }

    /** One category of one fiscal year as a report of [from, to] counts it. */
    public record YearTotals(int year, String category, long estimate, long adjusted, long disbursedInPeriod,
                             long disbursedToDate) {
    }

    private final JdbcClient jdbc;

    BudgetFiguresRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category, in the order KHCN, DMST, CDS, with zeros where the year has no line. */
    public List<Totals> byCategory(long wardId, int year) {
        return jdbc.sql("""
                select c.category,
                       coalesce(sum(l.estimate), 0) as estimate,
                       coalesce(sum(l.estimate + coalesce(a.total, 0)), 0) as adjusted,
                       coalesce(sum(d.total), 0) as disbursed
                from (values ('KHCN', 1), ('DMST', 2), ('CDS', 3)) as c(category, position)
                left join budget_line l on l.category = c.category and l.ward_id = :ward and l.fiscal_year = :year
                left join lateral (select sum(amount) as total from budget_adjustment
                                   where budget_line_id = l.id) a on true
                left join lateral (select sum(amount) as total from disbursement
                                   where budget_line_id = l.id) d on true
                group by c.category, c.position
                order by c.position
                """).param("ward", wardId).param("year", year).query(Totals.class).list();
    }

    /** The whole year as of a day: adjustments decided and payments made on or before it. */
    public Totals asOf(long wardId, int year, LocalDate asOf) {
        return jdbc.sql("""
                select 'ALL' as category, l.estimate, l.estimate + a.total as adjusted, d.total as disbursed
                from (select coalesce(sum(estimate), 0) as estimate from budget_line
                      where ward_id = :ward and fiscal_year = :year) l,
                     (select coalesce(sum(x.amount), 0) as total from budget_adjustment x
                      join budget_line y on y.id = x.budget_line_id
                      where y.ward_id = :ward and y.fiscal_year = :year and x.decided_on <= :asOf) a,
                     (select coalesce(sum(x.amount), 0) as total from disbursement x
                      join budget_line y on y.id = x.budget_line_id
                      where y.ward_id = :ward and y.fiscal_year = :year and x.paid_on <= :asOf) d
                """).param("ward", wardId).param("year", year).param("asOf", asOf).query(Totals.class).single();
    }

    /**
     * Every fiscal year from firstYear to lastYear × KHCN, DMST, CDS, zeros included: adjustments decided on
     * or before {@code to}; payments dated within [from, to] and on or before {@code to}. A payment is of
     * its line's fiscal year, whatever the year of its date.
     */
    public List<YearTotals> forPeriod(long wardId, int firstYear, int lastYear, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select y.year, c.category,
                       coalesce(sum(l.estimate), 0) as estimate,
                       coalesce(sum(l.estimate + coalesce(a.total, 0)), 0) as adjusted,
                       coalesce(sum(d.in_period), 0) as disbursed_in_period,
                       coalesce(sum(d.to_date), 0) as disbursed_to_date
                from generate_series(:first, :last) as y(year)
                cross join (values ('KHCN', 1), ('DMST', 2), ('CDS', 3)) as c(category, position)
                left join budget_line l on l.ward_id = :ward and l.fiscal_year = y.year and l.category = c.category
                left join lateral (select sum(amount) as total from budget_adjustment
                                   where ward_id = :ward and budget_line_id = l.id and decided_on <= :to) a on true
                left join lateral (select sum(amount) filter (where paid_on >= :from) as in_period,
                                          sum(amount) as to_date
                                   from disbursement
                                   where ward_id = :ward and budget_line_id = l.id and paid_on <= :to) d on true
                group by y.year, c.category, c.position
                order by y.year, c.position
                """).param("ward", wardId).param("first", firstYear).param("last", lastYear)
                .param("from", from).param("to", to).query(YearTotals.class).list();
    }
}
