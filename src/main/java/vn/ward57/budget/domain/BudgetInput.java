package vn.ward57.budget.domain;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.ward57.budget.Money;
import vn.ward57.common.Decimals;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.web.Messages;

/**
 * The checks of what a person or client sends, each refusal naming the field and why. Money arrives
 * as a number (BigDecimal) so that 12.5 and -1 reach here and are refused in words, not as bad JSON.
 */
@Component
class BudgetInput {

    /** 10^15 đồng (a million billion): far above any ward's budget, far below where bigint sums overflow. */
    static final BigDecimal MAX_MONEY = BigDecimal.TEN.pow(15);

    private final Messages messages;

    BudgetInput(Messages messages) {
        this.messages = messages;
    }

    /** The field's name as the forms write it, e.g. "Số tiền". */
    String label(String field) {
        return messages.get("budget.field." + field);
    }

    <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new InvalidInputException("budget.required", field, label(field));
        }
        return value;
    }

    /** Stripped text, null when blank; refused when longer than max. */
    String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException("budget.too-long", field, label(field), String.valueOf(max));
        }
        return text;
    }

    int year(Integer year, String field) {
        required(year, field);
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("budget.bad-year", field, label(field), String.valueOf(year));
        }
        return year;
    }

    /** Whole đồng, 0 or more. */
    long money(BigDecimal value, String field) {
        long amount = whole(value, field);
        if (amount < 0) {
            throw new InvalidInputException("budget.money.negative", field, label(field), Decimals.shown(value));
        }
        return amount;
    }

    /** Whole đồng, more than 0. */
    long positive(BigDecimal value, String field) {
        long amount = money(value, field);
        if (amount == 0) {
            throw new InvalidInputException("budget.money.not-positive", field, label(field));
        }
        return amount;
    }

    /** Whole đồng, + or − but not 0 (an adjustment). */
    long signed(BigDecimal value, String field) {
        long amount = whole(value, field);
        if (amount == 0) {
            throw new InvalidInputException("budget.money.zero", field, label(field));
        }
        return amount;
    }

    /** Refuses a doubtful amount until confirmed ({@link PlausibleAmount}). */
    void plausible(long amount, Long reference, PlausibleAmount.Basis basis, Boolean confirmed, String field) {
        PlausibleAmount.require(amount, reference, basis, confirmed, field, messages);
    }

    private long whole(BigDecimal value, String field) {
        required(value, field);
        // by its digits first: 1e100000000 is refused without ever being written out
        if (Decimals.integerDigits(value) > 16 || value.abs().compareTo(MAX_MONEY) > 0) {
            throw new InvalidInputException("budget.money.too-large", field, label(field), Decimals.shown(value));
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException("budget.money.not-whole", field, label(field), Decimals.shown(value));
        }
        return value.longValueExact();
    }
}
