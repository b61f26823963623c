package vn.ward57.dossier.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of the 766 shares: scores rounded to 2 decimals half up, and the counts of the what-ifs. */
final class IndexMath {

    static final BigDecimal FULL = BigDecimal.ONE;

    private IndexMath() {
    }

    /** max × min(1, num / den / fullAt) (fullAt a fraction: 1, 0,8, 0,5), 2 decimals; null when den is 0. */
    static BigDecimal score(int max, long num, long den, BigDecimal fullAt) {
        if (den == 0) {
            return null;
        }
        BigDecimal raw = BigDecimal.valueOf(max).multiply(BigDecimal.valueOf(num))
                .divide(BigDecimal.valueOf(den).multiply(fullAt), 12, RoundingMode.HALF_UP);
        return raw.min(BigDecimal.valueOf(max)).setScale(2, RoundingMode.HALF_UP);
    }

    /** num / den in percent, 2 decimals; null when den is 0. */
    static BigDecimal percent(long num, long den) {
        return den == 0 ? null : BigDecimal.valueOf(num * 100L).divide(BigDecimal.valueOf(den), 2, RoundingMode.HALF_UP);
    }

    /** How many of the den items must become num items (den unchanged) for full marks; at least 1. */
    static long toFull(int max, long num, long den, BigDecimal fullAt) {
        long n = Math.max(1, fullAt.multiply(BigDecimal.valueOf(den)).subtract(BigDecimal.valueOf(num))
                .setScale(0, RoundingMode.CEILING).longValueExact());
        while (n < den - num && score(max, num + n, den, fullAt).compareTo(BigDecimal.valueOf(max)) < 0) {
            n++;   // the 2-decimal rounding may leave the exact count a hundredth short
        }
        return Math.min(n, den - num);
    }

    /**
     * How many items added to both num and den (more timely dossiers) raise a share scored against 100 %
     * to at least target: N ≥ (target × den − max × num) / (max − target). target must be below max.
     */
    static long toReach(int max, long num, long den, BigDecimal target) {
        BigDecimal exact = target.multiply(BigDecimal.valueOf(den)).subtract(BigDecimal.valueOf((long) max * num))
                .divide(BigDecimal.valueOf(max).subtract(target), 0, RoundingMode.CEILING);
        long n = Math.max(1, exact.longValueExact());
        while (score(max, num + n, den + n, FULL).compareTo(target) < 0) {
            n++;
        }
        return n;
    }

    /** A count rounded to one significant digit (661 → 700, 38 → 40, 7 → 7), for a what-if in round numbers. */
    static long roundCount(long n) {
        return new BigDecimal(n).round(new java.math.MathContext(1, RoundingMode.HALF_UP)).longValueExact();
    }
}
