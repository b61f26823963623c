package vn.ward57.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * One fiscal year's budget as a report of the period [from, to] states it (see {@link BudgetFigures#forPeriod}).
 *
 * @param year       the fiscal year (năm ngân sách)
 * @param categories KHCN, DMST, CDS, always in that order
 * @param total      their sum as category "TOTAL"
 */
public record PeriodBudget(int year, List<Part> categories, Part total) {

    /**
     * One category of the year. estimate = Σ the year's line estimates; adjusted = estimate + Σ adjustments
     * decided on or before the period's end; disbursedInPeriod = Σ payments dated within [from, to];
     * disbursed = Σ payments dated on or before the period's end (đã giải ngân đến thời điểm báo cáo);
     * disbursementRate = disbursed × 100 / adjusted, HALF_UP to 2 decimals, null when adjusted = 0.
     */
    public record Part(String category, long estimate, long adjusted, long disbursedInPeriod, long disbursed,
                       BigDecimal disbursementRate) {
    }

    public static PeriodBudget of(int year, List<Part> categories) {
        long estimate = categories.stream().mapToLong(Part::estimate).sum();
        long adjusted = categories.stream().mapToLong(Part::adjusted).sum();
        long inPeriod = categories.stream().mapToLong(Part::disbursedInPeriod).sum();
        long disbursed = categories.stream().mapToLong(Part::disbursed).sum();
        return new PeriodBudget(year, List.copyOf(categories), new Part("TOTAL", estimate, adjusted, inPeriod, disbursed,
                DisbursementRate.of(disbursed, adjusted)));
    }
}
