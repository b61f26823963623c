package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money as people type it. */
class MoneyTest {

    @Test
    void parseReadsWhatPeopleType() {
        assertThat(Money.parse("1.056.000.000")).isEqualByComparingTo("1056000000");
        assertThat(Money.parse("120.000.000 đồng")).isEqualByComparingTo("120000000");
        assertThat(Money.parse("820000000đ")).isEqualByComparingTo("820000000");
        assertThat(Money.parse(" 1 056 000 ")).isEqualByComparingTo("1056000");
        assertThat(Money.parse("12,5")).isEqualByComparingTo(new BigDecimal("12.5"));   // refused later: not whole
        assertThat(Money.parse("-1")).isEqualByComparingTo("-1");                      // refused later: negative
        assertThat(Money.parse("+20.000.000")).isEqualByComparingTo("20000000");       // an adjustment that adds
        assertThat(Money.parse("-20.000.000")).isEqualByComparingTo("-20000000");
        assertThat(Money.parse("  ")).isNull();
        assertThatThrownBy(() -> Money.parse("một triệu")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void theRateIsHalfUpToTwoDecimalsAndNullWithoutAnEstimate() {
        // 45.000.000 × 100 / 260.000.000 = 17,3077 → 17,31; 250.000 × 100 / 200.000.000 = 0,125 → 0,13 (HALF_UP)
        assertThat(DisbursementRate.of(45_000_000L, 260_000_000L)).isEqualByComparingTo("17.31");
        assertThat(DisbursementRate.of(250_000L, 200_000_000L)).isEqualByComparingTo("0.13");
        assertThat(DisbursementRate.of(0, 80_000_000L)).isEqualByComparingTo("0.00");
        assertThat(DisbursementRate.of(0, 0)).isNull();
    }
}
