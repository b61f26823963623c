package vn.ward57.common;

import java.math.BigDecimal;
import vn.ward57.common.error.InvalidInputException;

/**
 * Bounds on a number a person or client sends, checked on its digits before anything else is done
 * with it: 1e100000000 is eleven characters of JSON, but written out in full it is a hundred million
 * digits (seconds and gigabytes in an error message), and no column holds it.
 */
public final class Decimals {

    /** Longest number an error message writes out in full; a longer one is shown in scientific form. */
    private static final int SHOWN = 40;

    private Decimals() {
    }

    /**
     * The value, refused (naming the field) unless it has at most integerDigits digits before the decimal
     * point and at most decimals after it, as the column that keeps it. Reads only precision and scale.
     */
    public static BigDecimal require(BigDecimal value, int integerDigits, int decimals, String field) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (integerDigits(stripped) > integerDigits) {
            throw new InvalidInputException("number.too-large", field, integerDigits, shown(value));
        }
        if (stripped.scale() > decimals) {
            throw new InvalidInputException(decimals == 0 ? "number.not-whole" : "number.too-many-decimals", field,
                    decimals, shown(value));
        }
        return value;
    }

    /** Digits before the decimal point (0.5 has none, 1e6 has 7), from precision and scale alone. */
    public static long integerDigits(BigDecimal value) {
        return Math.max(0, (long) value.precision() - value.scale());
    }

    /**
     * The number as a message may repeat it: the Vietnamese way when short (12.456,5, as a person typed it on
     * a page), else "1E+100000000"; never long.
     */
    public static String shown(BigDecimal value) {
        if (value == null) {
            return "";
        }
        long plainLength = Math.max(integerDigits(value), 1) + Math.max(value.scale(), 0) + 2;
        return plainLength <= SHOWN ? VietnameseFormat.exact(value) : Echo.cut(value.toString(), SHOWN);
    }
}
