package vn.ward57.budget;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money bound but not yet paid: a contract signed, a purchase under way (seed 004: "đang làm hồ sơ"). */
public record Commitment(long id, long budgetLineId, LocalDate committedOn, long amount, String document,
                         String note) {

    @Schema(name = "CommitmentForm")
    public record Form(LocalDate committedOn, BigDecimal amount, String document, String note) {
    }
}
