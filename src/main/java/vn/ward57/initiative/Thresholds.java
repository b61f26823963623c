package vn.ward57.initiative;

import java.math.BigDecimal;

/**
 * The lowest result (10-point scale) for each award level: a result at or above {@code first} is
 * giải nhất, …, at or above {@code recognised} công nhận, below it không công nhận.
 */
public record Thresholds(BigDecimal first, BigDecimal second, BigDecimal third, BigDecimal merit,
                         BigDecimal recognised) {

    public static final Thresholds DEFAULT = new Thresholds(BigDecimal.valueOf(9), BigDecimal.valueOf(8),
            BigDecimal.valueOf(7), BigDecimal.valueOf(6), BigDecimal.valueOf(5));

    /** The award a result earns; null (not scored) earns none. */
    public Award award(BigDecimal result) {
        if (result == null) {
            return Award.NONE;
        }
        if (result.compareTo(first) >= 0) {
            return Award.FIRST;
        }
        if (result.compareTo(second) >= 0) {
            return Award.SECOND;
        }
        if (result.compareTo(third) >= 0) {
            return Award.THIRD;
        }
        if (result.compareTo(merit) >= 0) {
            return Award.MERIT;
        }
        return result.compareTo(recognised) >= 0 ? Award.RECOGNISED : Award.NONE;
    }

    /** True when every level is set, within 0..10 and not above the one before. */
    public boolean ordered() {
        BigDecimal[] levels = {BigDecimal.TEN, first, second, third, merit, recognised, BigDecimal.ZERO};
        for (int i = 1; i < levels.length; i++) {
            if (levels[i] == null || levels[i].compareTo(levels[i - 1]) > 0
                    || levels[i].compareTo(levels[levels.length - 1]) < 0) {
                return false;
            }
        }
        return true;
    }
}
