package vn.ward57.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one definition of the disbursement rate (tỷ lệ giải ngân):
 * disbursed × 100 / adjusted, rounded HALF_UP to 2 decimals; null when adjusted is 0 (nothing to disburse).
 */
public final class DisbursementRate {

    private DisbursementRate() {
    }

    public static BigDecimal of(long disbursed, long adjusted) {
        if (adjusted == 0) {
            return null;
        }
        return BigDecimal.valueOf(disbursed).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(adjusted), 2, RoundingMode.HALF_UP);
    }
}
