package vn.ward57.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.budget.domain.BudgetFiguresRepository;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The budget's figures for the indicator catalogue and the reports. Definitions:
 * adjusted = estimate + Σ adjustments; disbursed = Σ disbursements;
 * disbursementRate = disbursed × 100 / adjusted, rounded HALF_UP to 2 decimals, null when adjusted = 0.
 */
@Service
@Transactional(readOnly = true)
public class BudgetFigures {

    private final WardService wards;
    private final BudgetFiguresRepository figures;

    BudgetFigures(WardService wards, BudgetFiguresRepository figures) {
        this.wards = wards;
        this.figures = figures;
    }

    /** The year's estimate, adjusted estimate, disbursed and rate of KHCN, DMST and CDS, always in that order. */
    public List<CategorySummary> summary(String wardCode, int year) {
        Ward ward = wards.get(wardCode);
        return figures.byCategory(ward.id().value(), year).stream()
                .map(t -> new CategorySummary(t.category(), t.estimate(), t.adjusted(), t.disbursed(),
                        DisbursementRate.of(t.disbursed(), t.adjusted())))
                .toList();
    }

    /**
     * The rate over all lines of the year as of a day: payments made on or before asOf over the
     * estimate adjusted by the adjustments decided on or before asOf; null when that is 0.
     */
    public BigDecimal disbursementRate(String wardCode, int year, LocalDate asOf) {
        Ward ward = wards.get(wardCode);
        var totals = figures.asOf(ward.id().value(), year, asOf);
        return DisbursementRate.of(totals.disbursed(), totals.adjusted());
    }
}
