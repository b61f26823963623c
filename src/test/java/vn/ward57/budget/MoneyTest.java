package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money as the reports write it: thousands with '.', decimals with ','. */
class MoneyTest {

    @Test
    void dongGroupsThousandsWithDots() {
        assertThat(Money.dong(1_056_000_000L)).isEqualTo("1.056.000.000 đồng");
        assertThat(Money.dong(820_000_000L)).isEqualTo("820.000.000 đồng");
        assertThat(Money.dong(0)).isEqualTo("0 đồng");
        assertThat(Money.dong(999)).isEqualTo("999 đồng");
        assertThat(Money.dong(-20_000_000L)).isEqualTo("-20.000.000 đồng");
        assertThat(Money.dong(Long.MAX_VALUE)).isEqualTo("9.223.372.036.854.775.807 đồng");
    }

    @Test
    void millionKeepsDecimalsWithACommaWhenNotWhole() {
        assertThat(Money.million(1_056_000_000L)).isEqualTo("1.056 triệu đồng");
        assertThat(Money.million(499_000_000L)).isEqualTo("499 triệu đồng");
        assertThat(Money.million(1_056_500_000L)).isEqualTo("1.056,5 triệu đồng");
        assertThat(Money.million(120_250_000L)).isEqualTo("120,25 triệu đồng");
        assertThat(Money.million(1L)).isEqualTo("0,000001 triệu đồng");     // exact, never rounded away
        assertThat(Money.million(0)).isEqualTo("0 triệu đồng");
    }

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
