package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 766 estimate on the March figures of DossierStatsTest and seed 002's catalogue, worked out by hand. */
class ServiceIndexEstimateTest {

    @Test
    void eachPartIsItsMaximumTimesItsRate() {
        DossierStats march = new DossierStats(9, 3, 6, 3, 2, 1, 3, 1, 1, 1, 1, 5, 2, 3,
                new BigDecimal("50.00"), new BigDecimal("66.67"), new BigDecimal("33.33"), new BigDecimal("33.33"),
                new BigDecimal("50.00"));
        ProcedureCounts seed002 = new ProcedureCounts(368, 368, 0, 0, 210, 137, 21, 0);
        List<ServiceIndexEstimate.Part> parts = ServiceIndexEstimate.of(march, seed002, 347, 120);
        assertThat(parts).extracting(ServiceIndexEstimate.Part::score).containsExactly(
                new BigDecimal("13.33"),   // 20 × 66,67 / 100 = 13,334
                new BigDecimal("3.77"),    // 4 × 347 / 368 = 3,7717
                new BigDecimal("1.38"),    // 4 × 120 / 347 = 1,3833 (120 of the 347 online procedures used)
                new BigDecimal("4.00"),    // 4 × 50 / 50, full marks at 50 %
                new BigDecimal("5.00"),    // 10 × 50 / 100
                new BigDecimal("2.00"),    // 6 × 33,33 / 100 = 1,9998
                new BigDecimal("1.33"));   // 4 × 33,33 / 100 = 1,3332
    }

    @Test
    void withoutOnlineProceduresTheirUseHasNoScore() {
        DossierStats none = new DossierStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null, null, null);
        var parts = ServiceIndexEstimate.of(none, new ProcedureCounts(0, 0, 0, 0, 0, 0, 0, 0), 0, 0);
        assertThat(parts).extracting(ServiceIndexEstimate.Part::score).containsOnlyNulls();
    }

    @Test
    void aRateAboveTheFullMarkIsCappedAndAMissingRateGivesNoScore() {
        assertThat(ServiceIndexEstimate.share(4, new BigDecimal("97.69"), 50)).isEqualByComparingTo("4.00");
        assertThat(ServiceIndexEstimate.share(20, null, 100)).isNull();
    }
}
