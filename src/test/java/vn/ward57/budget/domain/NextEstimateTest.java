package vn.ward57.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Next year's estimate of one line: adjusted × percent / 100, to the nearest thousand đồng. */
class NextEstimateTest {

    @Test
    void roundingIsHalfUpToTheThousand() {
        assertThat(BudgetPlanning.nextEstimate(123_456_500L, BigDecimal.valueOf(100))).isEqualTo(123_457_000L);
        assertThat(BudgetPlanning.nextEstimate(123_456_499L, BigDecimal.valueOf(100))).isEqualTo(123_456_000L);
        assertThat(BudgetPlanning.nextEstimate(1_056_000_000L, new BigDecimal("110"))).isEqualTo(1_161_600_000L);
        // 820.000.000 × 33,3% = 273.060.000
        assertThat(BudgetPlanning.nextEstimate(820_000_000L, new BigDecimal("33.3"))).isEqualTo(273_060_000L);
        assertThat(BudgetPlanning.nextEstimate(0, new BigDecimal("150"))).isZero();
    }
}
