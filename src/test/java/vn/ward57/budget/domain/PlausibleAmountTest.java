package vn.ward57.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.budget.domain.PlausibleAmount.Basis;

/** The plausibility rule by hand: the floor, the factor of 1.000 at its bounds, the suggestion, the median. */
class PlausibleAmountTest {

    @Test
    void aWardsFirstLineIsCheckedAgainstTheFloorOnly() {
        // no other line: 820.000.000 passes; 1.056.000 < 10.000.000 → "Có phải 1.056.000 × 1.000?"
        assertThat(PlausibleAmount.judge(820_000_000L, null, Basis.LINES)).isEmpty();
        var doubt = PlausibleAmount.judge(1_056_000L, null, Basis.LINES).orElseThrow();
        assertThat(doubt.key()).isEqualTo("budget.amount.under-floor");
        assertThat(doubt.suggested()).isEqualTo(1_056_000_000L);
        // exactly 10.000.000 is allowed; one đồng less is not
        assertThat(PlausibleAmount.judge(10_000_000L, null, Basis.LINES)).isEmpty();
        assertThat(PlausibleAmount.judge(9_999_999L, null, Basis.LINES)).isPresent();
        // 0 is a line not yet costed, no typing mistake
        assertThat(PlausibleAmount.judge(0, 820_000_000L, Basis.LINES)).isEmpty();
    }

    @Test
    void aThousandTimesSmallerThanTheMedianIsDoubtedAtTheBound() {
        long median = 20_000_000_000L;
        // 20.000.000 × 1.000 = 20.000.000.000 ≤ median: doubted (above the floor, so by the factor alone)
        var doubt = PlausibleAmount.judge(20_000_000L, median, Basis.LINES).orElseThrow();
        assertThat(doubt.key()).isEqualTo("budget.amount.small.lines");
        assertThat(doubt.suggested()).isEqualTo(20_000_000_000L);
        // 20.000.001 × 1.000 = 20.000.001.000 > median: 999,99… times smaller, allowed
        assertThat(PlausibleAmount.judge(20_000_001L, median, Basis.LINES)).isEmpty();
    }

    @Test
    void aThousandTimesLargerThanTheReferenceIsDoubtedAtTheBound() {
        // a payment of 100.000.000.000 from a line of 100.000.000: 1.000 × the estimate exactly
        var doubt = PlausibleAmount.judge(100_000_000_000L, 100_000_000L, Basis.ESTIMATE).orElseThrow();
        assertThat(doubt.key()).isEqualTo("budget.amount.large.estimate");
        assertThat(doubt.suggested()).isEqualTo(100_000_000L);
        assertThat(PlausibleAmount.judge(99_999_999_999L, 100_000_000L, Basis.ESTIMATE)).isEmpty();
        // not a whole thousandth: no suggestion, the warning stands alone
        assertThat(PlausibleAmount.judge(100_000_000_001L, 100_000_000L, Basis.ESTIMATE).orElseThrow().suggested())
                .isNull();
    }

    @Test
    void theSeedsMistakeIsCaughtWithItsCorrection() {
        // seed 002's budget 820.000.000; a line typed 1.056.000 is 776 times smaller, not 1.000, but under the
        // floor; the message names the median, and of 1.056.000 × 1.000 and × 1.000.000 the nearer to
        // 820.000.000 is 1.056.000.000 (1,29 times it, against 1.288 times)
        var doubt = PlausibleAmount.judge(1_056_000L, 820_000_000L, Basis.LINES).orElseThrow();
        assertThat(doubt.key()).isEqualTo("budget.amount.small.lines");
        assertThat(doubt.suggested()).isEqualTo(1_056_000_000L);
        // under the floor but near the median (5.000.000 beside 8.000.000): doubted, nothing to suggest
        var near = PlausibleAmount.judge(5_000_000L, 8_000_000L, Basis.LINES).orElseThrow();
        assertThat(near.suggested()).isNull();
        assertThat(near.key()).isEqualTo("budget.amount.small.lines");
        // under the floor in a ward whose lines are smaller still: the floor's own message
        assertThat(PlausibleAmount.judge(5_000_000L, 1_000_000L, Basis.LINES).orElseThrow().key())
                .isEqualTo("budget.amount.under-floor");
    }

    @Test
    void theMedianIsTheMiddleAmountAboveZero() {
        assertThat(PlausibleAmount.median(List.of())).isNull();
        assertThat(PlausibleAmount.median(List.of(0L, 0L))).isNull();
        assertThat(PlausibleAmount.median(List.of(300L, 100L, 200L))).isEqualTo(200L);
        // an even count: the lower of the two middle ones (an amount somebody entered)
        assertThat(PlausibleAmount.median(List.of(400L, 100L, 0L, 300L, 200L))).isEqualTo(200L);
    }
}
