package vn.ward57.budget;

import java.math.BigDecimal;

/**
 * One category's budget for a year. adjusted = estimate + Σ adjustments; disbursed = Σ disbursements;
 * disbursementRate = disbursed × 100 / adjusted, HALF_UP to 2 decimals, null when adjusted = 0.
 *
 * @param category KHCN, DMST or CDS
 */
public record CategorySummary(String category, long estimate, long adjusted, long disbursed,
                              BigDecimal disbursementRate) {

    /** The sum of the categories as category "TOTAL", its rate by the same definition (not an average of rates). */
    public static CategorySummary total(java.util.List<CategorySummary> parts) {
        long estimate = parts.stream().mapToLong(CategorySummary::estimate).sum();
        long adjusted = parts.stream().mapToLong(CategorySummary::adjusted).sum();
        long disbursed = parts.stream().mapToLong(CategorySummary::disbursed).sum();
        return new CategorySummary("TOTAL", estimate, adjusted, disbursed, DisbursementRate.of(disbursed, adjusted));
    }
}
