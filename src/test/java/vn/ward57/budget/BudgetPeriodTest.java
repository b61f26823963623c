package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ward57.budget.BudgetWards.adjust;
import static vn.ward57.budget.BudgetWards.as;
import static vn.ward57.budget.BudgetWards.line;
import static vn.ward57.budget.BudgetWards.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;
import vn.ward57.budget.PeriodBudget.Part;
import vn.ward57.common.error.InvalidInputException;

/**
 * The budget of a report's period (issue 20), on a ward of the test's own (ns-ky-bc), worked by hand:
 * <pre>
 *   2025 KHCN-01  estimate 200.000.000, +50.000.000 on 01/3/2025; paid 80.000.000 on 10/4, 100.000.000 on 20/11/2025
 *   2025 CDS-01   estimate 300.000.000; paid 150.000.000 on 15/12/2025
 *   2026 CDS-01   estimate 1.056.000.000, +44.000.000 on 06/6/2026, −56.000.000 on 01/7/2026;
 *                 paid 120.000.000 on 10/3/2026 and 100.000.000 on 15/9/2026 (the case)
 *   2027 CDS-01   estimate 500.000.000 (no period below touches 2027)
 * </pre>
 */
@Ward57Test
class BudgetPeriodTest {

    private static final String WARD = "ns-ky-bc";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    BudgetFigures figures;
    @Autowired
    vn.ward57.org.WardService wards;

    @BeforeEach
    void budget() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        BudgetWards.ensure(mvc, jdbc, WARD, "Phường Kỳ Báo Cáo");
        String officer = "canbo." + WARD;
        long khcn25 = line(mvc, officer, WARD, 2025, "KHCN", "KHCN-01", 200_000_000L);
        adjust(mvc, officer, WARD, khcn25, "2025-03-01", 50_000_000L);
        pay(mvc, officer, WARD, khcn25, "2025-04-10", 80_000_000L);
        pay(mvc, officer, WARD, khcn25, "2025-11-20", 100_000_000L);
        long cds25 = line(mvc, officer, WARD, 2025, "CDS", "CDS-01", 300_000_000L);
        pay(mvc, officer, WARD, cds25, "2025-12-15", 150_000_000L);
        long cds26 = line(mvc, officer, WARD, 2026, "CDS", "CDS-01", 1_056_000_000L);
        adjust(mvc, officer, WARD, cds26, "2026-06-06", 44_000_000L);
        adjust(mvc, officer, WARD, cds26, "2026-07-01", -56_000_000L);
        pay(mvc, officer, WARD, cds26, "2026-03-10", 120_000_000L);
        pay(mvc, officer, WARD, cds26, "2026-09-15", 100_000_000L);
        line(mvc, officer, WARD, 2027, "CDS", "CDS-01", 500_000_000L);
    }

    @Test
    void anEighteenMonthReviewShowsBothFiscalYearsAsOfItsEnd() {
        List<PeriodBudget> years = period("2025-01-01", "2026-06-06");
        assertThat(years).extracting(PeriodBudget::year).containsExactly(2025, 2026);
        PeriodBudget y2025 = years.get(0);
        assertThat(y2025.categories()).containsExactly(
                // 180.000.000 × 100 / 250.000.000 = 72
                new Part("KHCN", 200_000_000L, 250_000_000L, 180_000_000L, 180_000_000L, new BigDecimal("72.00")),
                new Part("DMST", 0, 0, 0, 0, null),
                new Part("CDS", 300_000_000L, 300_000_000L, 150_000_000L, 150_000_000L, new BigDecimal("50.00")));
        // 330.000.000 × 100 / 550.000.000 = 60
        assertThat(y2025.total()).isEqualTo(new Part("TOTAL", 500_000_000L, 550_000_000L, 330_000_000L,
                330_000_000L, new BigDecimal("60.00")));
        // 2026 as of 06/6: the +44.000.000 decided that day counts, the −56.000.000 of 01/7 does not; the
        // 100.000.000 paid on 15/9 does not: 120.000.000 × 100 / 1.100.000.000 = 10,909… → 10,91
        assertThat(years.get(1).total()).isEqualTo(new Part("TOTAL", 1_056_000_000L, 1_100_000_000L, 120_000_000L,
                120_000_000L, new BigDecimal("10.91")));
    }

    @Test
    void aPaymentOrAdjustmentAfterThePeriodNeverChangesIt() {
        // the day before the adjustment: 1.056.000.000, 120.000.000 → 11,363… → 11,36
        assertThat(period("2026-01-01", "2026-06-05").getFirst().total()).isEqualTo(new Part("TOTAL",
                1_056_000_000L, 1_056_000_000L, 120_000_000L, 120_000_000L, new BigDecimal("11.36")));
        // the whole of 2026: both adjustments (1.044.000.000) and both payments (220.000.000) → 21,072… → 21,07
        assertThat(period("2026-01-01", "2026-12-31").getFirst().total()).isEqualTo(new Part("TOTAL",
                1_056_000_000L, 1_044_000_000L, 220_000_000L, 220_000_000L, new BigDecimal("21.07")));
    }

    @Test
    void inThePeriodCountsOnlyPaymentsFromItsFirstDayWhileDisbursedIsCumulative() {
        // 2nd half of 2025: KHCN paid 100.000.000 in the period (20/11), 180.000.000 by 31/12
        Part khcn = period("2025-07-01", "2025-12-31").getFirst().categories().getFirst();
        assertThat(khcn).isEqualTo(new Part("KHCN", 200_000_000L, 250_000_000L, 100_000_000L, 180_000_000L,
                new BigDecimal("72.00")));
        // a period inside 2026 after the first payment: nothing paid in it, 120.000.000 by its end
        assertThat(period("2026-04-01", "2026-04-30").getFirst().total().disbursedInPeriod()).isZero();
        assertThat(period("2026-04-01", "2026-04-30").getFirst().total().disbursed()).isEqualTo(120_000_000L);
    }

    @Test
    void aReversedPeriodIsRefusedAndOtherWardsToo() {
        assertThatThrownBy(() -> period("2026-06-30", "2026-01-01")).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "to");
        assertThatThrownBy(() -> as(accounts, "canbo.anhai", () -> figures.forPeriod(wards.get(WARD), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30)))).isInstanceOf(AccessDeniedException.class);
    }

    private List<PeriodBudget> period(String from, String to) {
        return as(accounts, "canbo." + WARD, () -> figures.forPeriod(wards.get(WARD), LocalDate.parse(from), LocalDate.parse(to)));
    }
}
