package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.budget.BudgetWards.adjust;
import static vn.ward57.budget.BudgetWards.line;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** Next year's estimate from this year's lines: adjusted × percent / 100, to the nearest thousand đồng. */
@Ward57Test
class NextYearTest {

    private static final String WARD = "ns-nam-sau";
    private static final String OFFICER = "canbo." + WARD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachLineTakesItsAdjustedEstimateTimesThePercentRoundedToAThousand() throws Exception {
        BudgetWards.ensure(mvc, jdbc, WARD, "Phường Năm Sau");
        line(mvc, OFFICER, WARD, 2030, "KHCN", "KHCN-01", 123_456_500L);
        long cds = line(mvc, OFFICER, WARD, 2030, "CDS", "CDS-01", 100_000_000L);
        adjust(mvc, OFFICER, WARD, cds, "2030-04-01", 10_000_000L);
        line(mvc, OFFICER, WARD, 2030, "DMST", "DMST-01", 473L);
        line(mvc, OFFICER, WARD, 2030, "CDS", "CDS-02", 8_000_000L);
        line(mvc, OFFICER, WARD, 2031, "CDS", "CDS-02", 5_000_000L);   // already in 2031: left as it is

        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-next-year", "{\"fromYear\":2030,\"percent\":105.5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(Matchers.contains("KHCN-01", "DMST-01", "CDS-01")))
                // 123.456.500 × 105,5% = 130.246.607,5 → 130.247.000
                .andExpect(jsonPath("$[0].estimate").value(130_247_000L))
                // 473 × 105,5% = 499,015 → 0 (under half a thousand)
                .andExpect(jsonPath("$[1].estimate").value(0))
                // (100.000.000 + 10.000.000) × 105,5% = 116.050.000
                .andExpect(jsonPath("$[2].estimate").value(116_050_000L))
                .andExpect(jsonPath("$[2].fiscalYear").value(2031))
                .andExpect(jsonPath("$[2].category").value("CDS"))
                .andExpect(jsonPath("$[2].name").value("Dòng CDS-01"))
                .andExpect(jsonPath("$[2].fundingSource").value("Ngân sách phường"))
                .andExpect(jsonPath("$[2].note").value("Lập từ dự toán năm 2030 (105,5%)."));
        mvc.perform(get(OFFICER, "/api/v1/wards/" + WARD + "/budget-lines?year=2031&q=CDS-02"))
                .andExpect(jsonPath("$[0].estimate").value(5_000_000L));
        // a second time there is nothing left to create
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-next-year", "{\"fromYear\":2030,\"percent\":100}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-next-year", "{\"fromYear\":2030,\"percent\":-5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("percent"));
        mvc.perform(post(OFFICER, "/api/v1/wards/" + WARD + "/budget-next-year", "{\"fromYear\":2035,\"percent\":100}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Năm 2035 chưa có dòng dự toán nào để lập dự toán năm sau."));
    }
}
