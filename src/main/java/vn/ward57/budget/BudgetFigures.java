package vn.ward57.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.budget.domain.BudgetTotals;
import vn.ward57.org.Ward;

/** The budget's figures for the indicator catalogue and the reports; definitions in domain/BudgetTotals. */
@Service
public class BudgetFigures {

    private final BudgetTotals totals;

    BudgetFigures(BudgetTotals totals) {
        this.totals = totals;
    }

    /** The year's estimate, adjusted estimate, disbursed and rate of KHCN, DMST and CDS, always in that order. */
    public List<CategorySummary> summary(Ward ward, int year) {
        return totals.summary(ward, year);
    }

    /** The rate over all lines of the year as of a day; null when the adjusted estimate is 0. */
    public BigDecimal disbursementRate(Ward ward, int year, LocalDate asOf) {
        return totals.disbursementRate(ward, year, asOf);
    }

    /** The budget of every fiscal year the period touches, in order, as of {@code to}. */
    public List<PeriodBudget> forPeriod(Ward ward, LocalDate from, LocalDate to) {
        return totals.forPeriod(ward, from, to);
    }
}
