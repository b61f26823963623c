package vn.ward57.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Issue 20, item 5: the seed's 1.056.000 đồng (meant 1.056.000.000) is asked about on every path — API (422
 * with the suggestion), page (the form again with "Xác nhận số tiền") and file (a faulty row) — and kept once
 * confirmed. Each test has a ward of its own, so that its median is its own.
 */
@Ward57Test
class BudgetAmountEntryTest {

    private static final String SEED_WARNING = "Số tiền 1.056.000 đồng nhỏ bất thường so với các dòng khác "
            + "(trung vị 820.000.000 đồng). Có phải 1.056.000.000 đồng?";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theApiAsksAboutALineAndAPaymentAndKeepsThemOnceConfirmed() throws Exception {
        String ward = "ns-so-tien-api";
        BudgetWards.ensure(mvc, jdbc, ward, "Phường Số Tiền API");
        String officer = "canbo." + ward;
        long line = BudgetWards.line(mvc, officer, ward, 2050, "CDS", "CDS-01", 820_000_000L);
        String body = "{\"fiscalYear\":2050,\"category\":\"CDS\",\"code\":\"CDS-02\",\"name\":\"Wi-Fi\","
                + "\"estimate\":1056000";
        mvc.perform(post(officer, "/api/v1/wards/" + ward + "/budget-lines", body + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(SEED_WARNING))
                .andExpect(jsonPath("$.warning").value(SEED_WARNING))
                .andExpect(jsonPath("$.suggestedAmount").value(1_056_000_000L))
                .andExpect(jsonPath("$.reference").value(820_000_000L))
                .andExpect(jsonPath("$.confirmWith").value("confirmAmount"))
                .andExpect(jsonPath("$.errors[0].field").value("estimate"));
        assertThat(count("budget_line", ward)).isEqualTo(1);
        mvc.perform(post(officer, "/api/v1/wards/" + ward + "/budget-lines", body + ",\"confirmAmount\":true}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.estimate").value(1_056_000L));

        // a payment against its line's estimate: 820.000 × 1.000 = 820.000.000 ≤ 820.000.000
        String pay = "{\"budgetLineId\":" + line + ",\"paidOn\":\"2050-03-01\",\"amount\":820000";
        mvc.perform(post(officer, "/api/v1/wards/" + ward + "/disbursements", pay + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Số tiền 820.000 đồng nhỏ bất thường so với dự toán của dòng "
                        + "(820.000.000 đồng). Có phải 820.000.000 đồng?"))
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        mvc.perform(post(officer, "/api/v1/wards/" + ward + "/disbursements", pay + ",\"confirmAmount\":true}"))
                .andExpect(status().isCreated());
        // 10.000.000 exactly, 82 times smaller than the estimate: no question asked
        mvc.perform(post(officer, "/api/v1/wards/" + ward + "/disbursements",
                "{\"budgetLineId\":" + line + ",\"paidOn\":\"2050-03-02\",\"amount\":10000000}"))
                .andExpect(status().isCreated());
    }

    @Test
    void thePageShowsTheFormAgainWithTheWarningAndTheConfirmation() throws Exception {
        String ward = "ns-so-tien-trang";
        BudgetWards.ensure(mvc, jdbc, ward, "Phường Số Tiền Trang");
        BudgetWards.line(mvc, "canbo." + ward, ward, 2050, "CDS", "CDS-01", 820_000_000L);
        var officer = user(accounts.loadUserByUsername("canbo." + ward));
        var form = MockMvcRequestBuilders.post("/wards/" + ward + "/budget/lines").with(officer).with(csrf())
                .param("fiscalYear", "2050").param("category", "CDS").param("code", "CDS-02")
                .param("name", "Wi-Fi công cộng").param("estimate", "1.056.000");
        String page = mvc.perform(form).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(SEED_WARNING, "Xác nhận số tiền", "name=\"confirmAmount\"", "Wi-Fi c");
        assertThat(count("budget_line", ward)).isEqualTo(1);
        mvc.perform(form.param("confirmAmount", "true"))
                .andExpect(redirectedUrlPattern("/wards/" + ward + "/budget/lines/*"));
        assertThat(count("budget_line", ward)).isEqualTo(2);
    }

    @Test
    void aFileListsTheDoubtfulRowsUnlessTheAmountsAreConfirmed() throws Exception {
        String ward = "ns-so-tien-tep";
        BudgetWards.ensure(mvc, jdbc, ward, "Phường Số Tiền Tệp");
        // a ward's first file: each row against the file's other rows; median of 820.000.000 and 900.000.000
        // (lower middle) = 820.000.000
        String csv = "Năm,Nhóm chi,Mã,Nội dung,Dự toán (đồng),Nguồn kinh phí,Ghi chú\n"
                + "2050,CDS,CDS-01,Camera,820.000.000,,\n"
                + "2050,CDS,CDS-02,Wi-Fi,1.056.000,,\n"
                + "2050,KHCN,KHCN-01,Tập huấn,900.000.000,,\n";
        upload("canbo." + ward, ward, csv).andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.errors[*].row").value(Matchers.contains(3)))
                .andExpect(jsonPath("$.errors[0].column").value("Dự toán (đồng)"))
                .andExpect(jsonPath("$.errors[0].value").value("1.056.000"))
                .andExpect(jsonPath("$.errors[0].message").value(SEED_WARNING));
        assertThat(count("budget_line", ward)).isZero();
        upload("canbo." + ward, ward, csv, "confirmAmounts", "true").andExpect(jsonPath("$.status").value("SUCCEEDED"))
                .andExpect(jsonPath("$.rowsImported").value(3));
        assertThat(count("budget_line", ward)).isEqualTo(3);
    }

    /** Posts the file and follows its import to the end (the import runs in the background since issue 21). */
    private ResultActions upload(String user, String ward, String csv, String... params) throws Exception {
        return Api.importRegister(mvc, user, "/api/v1/wards/" + ward + "/budget-line-imports", "du-toan.csv",
                csv.getBytes(StandardCharsets.UTF_8), params);
    }

    private long count(String table, String ward) {
        return jdbc.sql("select count(*) from " + table + " where ward_id = (select id from ward where code = ?)")
                .param(ward).query(Long.class).single();
    }
}
