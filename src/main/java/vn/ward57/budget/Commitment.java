package vn.ward57.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money bound but not yet paid: a contract signed, a purchase under way (seed 004: "đang làm hồ sơ"). */
public record Commitment(long id, long budgetLineId, LocalDate committedOn, long amount, String document,
                         String note) {

    public record Form(LocalDate committedOn, BigDecimal amount, String document, String note) {
    }
}
