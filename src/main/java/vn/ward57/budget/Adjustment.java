package vn.ward57.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An adjustment of a line's estimate (điều chỉnh dự toán): + adds, − cuts, by a decision (document). */
public record Adjustment(long id, long budgetLineId, LocalDate decidedOn, long amount, String document,
                         String reason) {

    @Schema(name = "AdjustmentForm")
    public record Form(LocalDate decidedOn, BigDecimal amount, String document, String reason) {
    }
}
