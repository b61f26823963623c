package vn.ward57.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A line of the year's estimate (dòng dự toán) with its totals: adjusted = estimate + Σ adjustments,
 * disbursed = Σ disbursements, committed = Σ commitments, remaining = adjusted − disbursed,
 * disbursementRate = disbursed × 100 / adjusted (HALF_UP, 2 decimals; null when adjusted = 0).
 * version: raised by every change of the line itself (the API's ETag, the edit form's hidden field).
 */
public record BudgetLine(long id, String wardCode, int fiscalYear, Category category, String code, String name,
                         long estimate, String fundingSource, String note, long adjusted, long disbursed,
                         long committed, long remaining, BigDecimal disbursementRate, long version) {

    /**
     * A line as entered. Money arrives as a JSON number and is checked by the service (whole
     * đồng, not negative), so that "12.5" or "-1" is refused with a message naming the field.
     * confirmAmount keeps an amount the plausibility rule doubts (domain/PlausibleAmount).
     */
    @Schema(name = "BudgetLineForm")
    public record Form(Integer fiscalYear, String category, String code, String name, BigDecimal estimate,
                       String fundingSource, String note, Boolean confirmAmount) {
    }

    /** Filters of the register: year, category, and text found in the code, name or funding source. */
    public record Filter(Integer year, Category category, String q) {
    }
}
