package vn.ward57.budget.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.budget.CategorySummary;
import vn.ward57.budget.DisbursementRate;
import vn.ward57.budget.PeriodBudget;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.Ward;

/**
 * The budget's figures for the indicator catalogue and the reports. Definitions:
 * adjusted = estimate + Σ adjustments; disbursed = Σ disbursements;
 * disbursementRate = disbursed × 100 / adjusted, rounded HALF_UP to 2 decimals, null when adjusted = 0.
 * <p>
 * For a report of the period [from, to] ({@link #forPeriod}): each fiscal year the period touches, its
 * lines' estimates, adjusted by the adjustments decided on or before {@code to}; disbursed in the period =
 * payments dated within [from, to]; disbursed = payments dated on or before {@code to} ("đã giải ngân đến
 * thời điểm báo cáo"), over which the rate is taken. Nothing dated after {@code to} changes the report.
 */
@Service
@Transactional(readOnly = true)
public class BudgetTotals {

    private final BudgetFiguresRepository figures;

    BudgetTotals(BudgetFiguresRepository figures) {
        this.figures = figures;
    }

    /** The year's estimate, adjusted estimate, disbursed and rate of KHCN, DMST and CDS, always in that order. */
    public List<CategorySummary> summary(Ward ward, int year) {
        return figures.byCategory(ward.id().value(), year).stream()
                .map(t -> new CategorySummary(t.category(), t.estimate(), t.adjusted(), t.disbursed(),
                        DisbursementRate.of(t.disbursed(), t.adjusted())))
                .toList();
    }

    /**
     * The rate over all lines of the year as of a day: payments made on or before asOf over the
     * estimate adjusted by the adjustments decided on or before asOf; null when that is 0.
     */
    public BigDecimal disbursementRate(Ward ward, int year, LocalDate asOf) {
        var totals = figures.asOf(ward.id().value(), year, asOf);
        return DisbursementRate.of(totals.disbursed(), totals.adjusted());
    }

    /**
     * The budget of every fiscal year from from's year to to's year, in that order, as of {@code to}
     * (definitions in the class comment); an 18-month review of 01/01/2025–30/6/2026 gets 2025 and 2026.
     */
    public List<PeriodBudget> forPeriod(Ward ward, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException("budget.period-required", from == null ? "from" : "to");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("budget.period-reversed", "to", VietnameseFormat.date(from),
                    VietnameseFormat.date(to));
        }
        Map<Integer, List<PeriodBudget.Part>> byYear = new TreeMap<>();
        for (var t : figures.forPeriod(ward.id().value(), from.getYear(), to.getYear(), from, to)) {
            byYear.computeIfAbsent(t.year(), y -> new ArrayList<>()).add(new PeriodBudget.Part(t.category(),
                    t.estimate(), t.adjusted(), t.disbursedInPeriod(), t.disbursedToDate(),
                    DisbursementRate.of(t.disbursedToDate(), t.adjusted())));
        }
        return byYear.entrySet().stream().map(e -> PeriodBudget.of(e.getKey(), e.getValue())).toList();
    }
}
