package vn.ward57.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.ward57.dossier.DossierStats;

/** The shares and what-if counts of the 766 index, on figures worked out by hand. */
class IndexMathTest {

    @Test
    void aShareIsCappedAtItsMaximumAndRoundedHalfUp() {
        assertThat(IndexMath.score(4, 7, 16, new BigDecimal("0.5"))).isEqualByComparingTo("3.50");   // 43,75 % of 50 %
        assertThat(IndexMath.score(4, 9, 16, new BigDecimal("0.5"))).isEqualByComparingTo("4.00");   // 56,25 %: capped
        assertThat(IndexMath.score(6, 6, 11, BigDecimal.ONE)).isEqualByComparingTo("3.27");          // 3,2727…
        assertThat(IndexMath.score(2, 1, 3, BigDecimal.ONE)).isEqualByComparingTo("0.67");           // 0,666…
        assertThat(IndexMath.score(20, 0, 0, BigDecimal.ONE)).isNull();
    }

    @Test
    void theWhatIfCountsAreTheFewestThatDoIt() {
        // 3 of 5 online procedures (60 %): 4 of 5 reach 80 %
        assertThat(IndexMath.toFull(4, 3, 5, new BigDecimal("0.8"))).isEqualTo(1);
        // 6 of 11 electronic results: all 11 for full marks
        assertThat(IndexMath.toFull(6, 6, 11, BigDecimal.ONE)).isEqualTo(5);
        // 20 × 12 / 16 = 15: 16 needs (16 × 16 − 20 × 12) / (20 − 16) = 4 more timely dossiers
        assertThat(IndexMath.toReach(20, 12, 16, new BigDecimal("16"))).isEqualTo(4);
        assertThat(IndexMath.score(20, 12 + 3, 16 + 3, BigDecimal.ONE)).isLessThan(new BigDecimal("16"));
    }

    @Test
    void progressCountsPendingWithinDeadlineAndNotTheOverdue() {
        // 7 early, 3 on time, 1 late; 2 pending within the deadline, 3 overdue → 20 × 12 / 16 = 15,00
        DossierStats d = new DossierStats(16, 0, 16, 7, 9, 0, 11, 7, 3, 1, 0, 5, 2, 3, null, null, null, null, null);
        var progress = IndexComputations.progress(d);
        assertThat(progress.score()).isEqualByComparingTo("15.00");
        assertThat(progress.whatIf()).extracting(IndexComputations.WhatIf::key)
                .containsExactly("PROGRESS_TIMELY", "PROGRESS_TIMELY.risk");
        // a hundred overdue dossiers more cost points (ward57's old reading counted resolved ones only)
        DossierStats sitting = new DossierStats(116, 0, 116, 7, 109, 0, 11, 7, 3, 1, 0, 105, 2, 103, null, null, null,
                null, null);
        assertThat(IndexComputations.progress(sitting).score()).isEqualByComparingTo("2.07");   // 20 × 12 / 116
        // nearly full: 20 × 199 / 200 = 19,90 → half the gap needs 200 more
        DossierStats nearly = new DossierStats(200, 0, 200, 0, 200, 0, 200, 199, 0, 1, 0, 0, 0, 0, null, null, null,
                null, null);
        assertThat(IndexComputations.progress(nearly).whatIf().getFirst().args()).containsExactly("200", "0,05");
        // 93,19 % of 6.607 (demo An Hải): a point would take 18.393 more, more than the year's workload, so the
        // what-if says what a tenth does: 700 more → 20 × 6.857 / 7.307 = 18,77 (from 18,64) → +0,13
        DossierStats year = new DossierStats(6607, 0, 6607, 0, 6607, 0, 6493, 3937, 2220, 336, 0, 114, 0, 114, null,
                null, null, null, null);
        assertThat(IndexComputations.progress(year).whatIf().getFirst().args()).containsExactly("700", "0,13");
        assertThat(IndexMath.roundCount(661)).isEqualTo(700);
        assertThat(IndexMath.roundCount(7)).isEqualTo(7);
    }
}
