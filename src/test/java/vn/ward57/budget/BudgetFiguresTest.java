package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.budget.BudgetWards.adjust;
import static vn.ward57.budget.BudgetWards.as;
import static vn.ward57.budget.BudgetWards.line;
import static vn.ward57.budget.BudgetWards.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * The figures the indicator catalogue reads, on a ward of the test's own (ns-so-lieu), year 2030:
 * <pre>
 *   KHCN-01  estimate 100.000.000, adjusted +20.000.000 on 01/3 → 120.000.000;
 *            paid 30.000.000 on 10/2 and 50.000.000 on 20/6 → 80.000.000
 *   CDS-01   estimate 300.000.000, adjusted −100.000.000 on 01/7 → 200.000.000; paid 250.000 on 05/5
 *   DMST     nothing
 * </pre>
 */
@Ward57Test
class BudgetFiguresTest {

    private static final String WARD = "ns-so-lieu";

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
        BudgetWards.ensure(mvc, jdbc, WARD, "Phường Số Liệu");
        String officer = "canbo." + WARD;
        long khcn = line(mvc, officer, WARD, 2030, "KHCN", "KHCN-01", 100_000_000L);
        adjust(mvc, officer, WARD, khcn, "2030-03-01", 20_000_000L);
        pay(mvc, officer, WARD, khcn, "2030-02-10", 30_000_000L);
        pay(mvc, officer, WARD, khcn, "2030-06-20", 50_000_000L);
        long cds = line(mvc, officer, WARD, 2030, "CDS", "CDS-01", 300_000_000L);
        adjust(mvc, officer, WARD, cds, "2030-07-01", -100_000_000L);
        pay(mvc, officer, WARD, cds, "2030-05-05", 250_000L);
    }

    @Test
    void summaryGivesEachCategoryInOrderWithItsRate() {
        var summary = as(accounts, "canbo." + WARD, () -> figures.summary(wards.get(WARD), 2030));
        assertThat(summary).containsExactly(
                // 80.000.000 × 100 / 120.000.000 = 66,666… → 66,67
                new CategorySummary("KHCN", 100_000_000L, 120_000_000L, 80_000_000L, new BigDecimal("66.67")),
                // nothing budgeted: zeros and no rate
                new CategorySummary("DMST", 0, 0, 0, null),
                // 250.000 × 100 / 200.000.000 = 0,125 → 0,13 (HALF_UP; HALF_EVEN would say 0,12)
                new CategorySummary("CDS", 300_000_000L, 200_000_000L, 250_000L, new BigDecimal("0.13")));
        // total: 80.250.000 × 100 / 320.000.000 = 25,078125 → 25,08
        assertThat(CategorySummary.total(summary)).isEqualTo(new CategorySummary("TOTAL", 400_000_000L,
                320_000_000L, 80_250_000L, new BigDecimal("25.08")));
        assertThat(as(accounts, "canbo." + WARD, () -> figures.summary(wards.get(WARD), 2031)))
                .extracting(CategorySummary::category, CategorySummary::adjusted, CategorySummary::disbursementRate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KHCN", 0L, null),
                        org.assertj.core.groups.Tuple.tuple("DMST", 0L, null),
                        org.assertj.core.groups.Tuple.tuple("CDS", 0L, null));
    }

    @Test
    void disbursementRateCountsOnlyWhatWasDecidedAndPaidByTheDay() {
        // 30/4: estimates 400.000.000 + 20.000.000 (01/3) = 420.000.000; paid 30.000.000 (10/2) → 7,142… → 7,14
        assertThat(rate(LocalDate.of(2030, 4, 30))).isEqualByComparingTo("7.14");
        // 05/5: + 250.000 paid that day → 30.250.000 × 100 / 420.000.000 = 7,2023… → 7,20
        assertThat(rate(LocalDate.of(2030, 5, 5))).isEqualByComparingTo("7.20");
        // 31/12: 400.000.000 + 20.000.000 − 100.000.000 = 320.000.000; paid 80.250.000 → 25,078125 → 25,08
        assertThat(rate(LocalDate.of(2030, 12, 31))).isEqualByComparingTo("25.08");
        // 01/1: nothing paid yet over 400.000.000 → 0,00
        assertThat(rate(LocalDate.of(2030, 1, 1))).isEqualByComparingTo("0.00");
        // a year without lines has no rate
        assertThat(as(accounts, "canbo." + WARD, () -> figures.disbursementRate(wards.get(WARD), 2031,
                LocalDate.of(2031, 12, 31)))).isNull();
    }

    @Test
    void theApiAnswersTheContractAndOtherWardsAreRefused() throws Exception {
        mvc.perform(get("canbo." + WARD, "/api/v1/wards/" + WARD + "/budget-summary?year=2030"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        [{"category":"KHCN","estimate":100000000,"adjusted":120000000,"disbursed":80000000,"disbursementRate":66.67},
                         {"category":"DMST","estimate":0,"adjusted":0,"disbursed":0,"disbursementRate":null},
                         {"category":"CDS","estimate":300000000,"adjusted":200000000,"disbursed":250000,"disbursementRate":0.13}]
                        """, org.springframework.test.json.JsonCompareMode.STRICT));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/" + WARD + "/budget-summary?year=2030"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> as(accounts, "canbo.anhai", () -> figures.summary(wards.get(WARD), 2030)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(accounts, "canbo.anhai", () -> figures.disbursementRate(wards.get(WARD), 2030,
                LocalDate.of(2030, 12, 31)))).isInstanceOf(AccessDeniedException.class);
    }

    private BigDecimal rate(LocalDate asOf) {
        return as(accounts, "lanhdao." + WARD, () -> figures.disbursementRate(wards.get(WARD), 2030, asOf));
    }
}
