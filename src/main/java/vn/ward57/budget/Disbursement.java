package vn.ward57.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment from a line (giải ngân). overrideReason and overriddenBy are set when a leader let it
 * take the line over its adjusted estimate. version: raised by every change (the API's ETag, the edit
 * form's hidden field).
 */
public record Disbursement(long id, String wardCode, long budgetLineId, int fiscalYear, String lineCode,
                           String lineName, LocalDate paidOn, long amount, String document, String note,
                           String overrideReason, String overriddenBy, long version) {

    /**
     * overrideReason counts only for a leader, and only when the payment goes over the estimate;
     * confirmAmount keeps an amount the plausibility rule doubts (domain/PlausibleAmount).
     */
    @Schema(name = "DisbursementForm")
    public record Form(Long budgetLineId, LocalDate paidOn, BigDecimal amount, String document, String note,
                       String overrideReason, Boolean confirmAmount) {
    }

    /** Filters of the register: fiscal year, line, paid between from and to. */
    public record Filter(Integer year, Long budgetLineId, LocalDate from, LocalDate to) {
    }
}
