package vn.ward57.overview;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** part / whole in percent, 2 decimals, half up, null when whole is 0 — the definition of the statistics APIs. */
final class Rates {

    private Rates() {
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
