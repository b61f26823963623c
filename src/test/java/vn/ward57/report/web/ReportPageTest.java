package vn.ward57.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * The report pages through their forms, on a ward of their own (bc-web) that holds no data: every count
 * of the period is 0, so a typed "Tổng số nhiệm vụ được giao: 999" disagrees with the report's figure.
 */
@Ward57Test
class ReportPageTest {

    private static final String W = "/wards/bc-web/reports";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'bc-web'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(Api.post("admin", "/api/v1/provinces", "{\"code\":\"tinh-bcw\",\"name\":\"Tỉnh Báo cáo Web\"}"));
        mvc.perform(Api.post("admin", "/api/v1/provinces/tinh-bcw/wards", "{\"code\":\"bc-web\",\"name\":\"Phường Bến Web\"}"))
                .andExpect(status().isCreated());
        for (String[] u : List.of(new String[]{"lanhdao.bcweb", "WARD_LEADER"}, new String[]{"canbo.bcweb", "WARD_OFFICER"})) {
            mvc.perform(Api.post("admin", "/api/v1/users", """
                    {"username":"%s","fullName":"%s","role":"%s","wardCode":"bc-web","password":"ward57-demo"}
                    """.formatted(u[0], u[0], u[1]))).andExpect(status().isCreated());
        }
    }

    @Test
    void anOfficerDraftsAReportWritesASectionAndSeesTheCheck() throws Exception {
        String report = draft("NQ57_RESULTS", "2026-01-01", "2026-06-30");
        String list = page(MockMvcRequestBuilders.get(W).with(officer()));
        assertThat(list).contains("Báo cáo định kỳ", "Báo cáo kết quả thực hiện Nghị quyết 57", "01/01/2026 – 30/6/2026",
                "Dự thảo", "canbo.bcweb", "18 tháng", "/js/report-periods.js");
        // the filters: htmx gets the list alone
        String finals = page(MockMvcRequestBuilders.get(W).param("status", "FINAL").header("HX-Request", "true").with(officer()));
        assertThat(finals).doesNotContain("<html", "01/01/2026 – 30/6/2026");
        assertThat(page(MockMvcRequestBuilders.get(W).param("kind", "NQ57_RESULTS").header("HX-Request", "true")
                .with(officer()))).contains("01/01/2026 – 30/6/2026");

        String html = page(MockMvcRequestBuilders.get(report).with(officer()));
        assertThat(html).contains("KẾT QUẢ NỔI BẬT NHẤT TRONG KỲ", "do hệ thống viết", "Tổng số nhiệm vụ được giao: 0",
                "contenteditable=\"true\"", "Chèn số liệu", "value=\"task.assigned\" data-text=\"0\"", "id=\"report-downloads\"", "/js/report-editor.js",
                "Kiểm tra số liệu").doesNotContain("Ban hành (FINAL)");

        // the officer types the figure instead of inserting it, and gets it wrong
        String section = page(MockMvcRequestBuilders.post(report + "/sections/p1.2.2").with(officer()).with(csrf())
                .header("HX-Request", "true").param("html", "<p>Tổng số nhiệm vụ được giao: <b>999</b>.</p>"));
        assertThat(section).doesNotContain("<html").contains("id=\"section-p1-2-2\"", "Đã lưu lúc ",
                "Tổng số nhiệm vụ được giao: <b>999</b>");
        String checks = page(MockMvcRequestBuilders.get(report + "/checks").header("HX-Request", "true").with(officer()));
        assertThat(checks).contains("id=\"report-checks\"", "CAO", "là 999", "là 0", "Kiểm tra lại")
                .doesNotContain("Không phát hiện vấn đề");

        // inserted as a live field: the problem is gone
        page(MockMvcRequestBuilders.post(report + "/sections/p1.2.2").with(officer()).with(csrf())
                .header("HX-Request", "true")
                .param("html", "<p>Tổng số nhiệm vụ được giao: <span data-field=\"task.assigned\">0</span>.</p>"));
        checks = page(MockMvcRequestBuilders.get(report + "/checks").header("HX-Request", "true").with(officer()));
        assertThat(checks).doesNotContain("là 999", "severity HIGH");
    }

    @Test
    void aBadPeriodIsRefusedBesideTheField() throws Exception {
        String html = mvc.perform(MockMvcRequestBuilders.post(W).with(officer()).with(csrf())
                        .param("kind", "MONTHLY").param("from", "2026-06-30").param("to", "2026-06-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("id=\"to\"[^>]*class=\"invalid\"|class=\"invalid\"[^>]*id=\"to\"")
                .contains("<span class=\"field-error\">Ngày kết thúc của kỳ phải sau hoặc bằng ngày bắt đầu.</span>");
        html = mvc.perform(MockMvcRequestBuilders.post(W).with(officer()).with(csrf())
                        .param("kind", "MONTHLY").param("from", "2026-06-01").param("to", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Cần nhập cả ngày bắt đầu (from) và ngày kết thúc (to)");
    }

    @Test
    void theFrameFormShowsErrorsBesideTheFieldsAndSaves() throws Exception {
        String report = draft("WEEKLY_BULLETIN", "2026-06-01", "2026-06-07");
        String html = mvc.perform(frame(report).param("number", "12/BC").param("place", "Bến Web"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Số văn bản “12/BC” không hợp lệ");
        mvc.perform(frame(report).param("number", "12").param("place", "Bến Web"))
                .andExpect(redirectedUrl(report)).andExpect(flash().attribute("flash", "Đã lưu khung văn bản."));
        assertThat(page(MockMvcRequestBuilders.get(report).with(officer()))).contains("value=\"12\"", "Nguyễn Văn A");
    }

    @Test
    void aLeaderFinalisesWithAReasonAndTheReportIsReadOnlyAfterwards() throws Exception {
        String report = draft("MONTHLY", "2026-05-01", "2026-05-31");
        RequestPostProcessor leader = user(accounts.loadUserByUsername("lanhdao.bcweb"));
        // the officer sees the checks but no finalise button, and may not finalise by posting
        assertThat(page(MockMvcRequestBuilders.get(report + "/checks").header("HX-Request", "true").with(officer())))
                .contains("Chưa có họ tên người ký.").doesNotContain("id=\"finalise-form\"");
        // the page itself loads its checks panel afterwards (they take longest)
        assertThat(page(MockMvcRequestBuilders.get(report).with(officer()))).contains("hx-trigger=\"load\"")
                .contains("id=\"figure-options\"");
        mvc.perform(MockMvcRequestBuilders.post(report + "/finalise").with(officer()).with(csrf()).param("reason", "x"))
                .andExpect(status().isForbidden());
        // no number and no signer: MEDIUM/LOW problems, so the leader must give a reason
        String html = page(MockMvcRequestBuilders.get(report + "/checks").header("HX-Request", "true").with(leader));
        assertThat(html).contains("id=\"finalise-form\"", "Sau khi ban hành, báo cáo không sửa được nữa.",
                "TRUNG BÌNH", "Chưa có họ tên người ký.");
        mvc.perform(MockMvcRequestBuilders.post(report + "/finalise").with(leader).with(csrf()).param("reason", ""))
                .andExpect(redirectedUrl(report)).andExpect(flash().attribute("flashError",
                        org.hamcrest.Matchers.startsWith("Còn ")));
        mvc.perform(MockMvcRequestBuilders.post(report + "/finalise").with(leader).with(csrf())
                        .param("reason", "Văn thư ghi số khi phát hành"))
                .andExpect(redirectedUrl(report)).andExpect(flash().attribute("flash", "Đã ban hành báo cáo."));

        html = page(MockMvcRequestBuilders.get(report).with(officer()));
        assertThat(html).contains("Đã ban hành", "người ban hành: lanhdao.bcweb", "Văn thư ghi số khi phát hành",
                "bản đã gửi (đã chốt)", "<fieldset class=\"plain\" disabled=\"disabled\"")
                .doesNotContain("contenteditable=\"true\"", "Lưu khung văn bản", "id=\"finalise-form\"");
        mvc.perform(MockMvcRequestBuilders.post(report + "/sections/m1").with(officer()).with(csrf()).param("html", "<p>x</p>"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError",
                        org.hamcrest.Matchers.containsString("không sửa được nữa")));
        // through htmx the section comes back with the reason, the text kept but cleaned of what the page must not run
        String refused = page(MockMvcRequestBuilders.post(report + "/sections/m1").with(officer()).with(csrf())
                .header("HX-Request", "true").param("html", "<p>Văn bản chưa lưu</p><script>alert(1)</script>"));
        assertThat(refused).contains("không sửa được nữa", "<p>Văn bản chưa lưu</p>").doesNotContain("<script>alert", "Đã lưu lúc");
        String list = page(MockMvcRequestBuilders.get(W).param("status", "FINAL").header("HX-Request", "true").with(officer()));
        assertThat(list).contains("01/5/2026 – 31/5/2026", "Đã ban hành", "bởi lanhdao.bcweb");
    }

    @Test
    void aDraftIsDeletedFromTheList() throws Exception {
        String report = draft("MONTHLY", "2026-04-01", "2026-04-30");
        String list = page(MockMvcRequestBuilders.post(report + "/delete").with(officer()).with(csrf())
                .header("HX-Request", "true"));
        assertThat(list).contains("Đã xóa dự thảo báo cáo.").doesNotContain("01/4/2026 – 30/4/2026");
        mvc.perform(MockMvcRequestBuilders.get(report).with(officer())).andExpect(status().isNotFound());
        // from the report's own page (a plain form that asks first): back to the list
        String other = draft("MONTHLY", "2026-02-01", "2026-02-28");
        assertThat(page(MockMvcRequestBuilders.get(other).with(officer()))).contains("id=\"delete-report\"",
                "data-confirm=\"Xóa dự thảo báo cáo kỳ Tháng 2/2026 (01/02/2026 – 28/02/2026)?\"");
        mvc.perform(MockMvcRequestBuilders.post(other + "/delete").with(officer()).with(csrf()))
                .andExpect(redirectedUrl(W)).andExpect(flash().attribute("flash", "Đã xóa dự thảo báo cáo."));
    }

    @Test
    void anotherWardsReportIsNotShown() throws Exception {
        String report = draft("MONTHLY", "2026-03-01", "2026-03-31");
        String id = report.substring(report.lastIndexOf('/') + 1);
        // an officer of another ward: refused
        mvc.perform(MockMvcRequestBuilders.get(report).with(user(accounts.loadUserByUsername("canbo.anhai"))))
                .andExpect(status().isForbidden());
        // the admin who may read both wards, asking under the wrong ward: not found
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/reports/" + id).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/reports/" + id).with(user(accounts.loadUserByUsername("canbo.anhai"))))
                .andExpect(status().isForbidden());
    }

    private String draft(String kind, String from, String to) throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.post(W).with(officer()).with(csrf())
                        .param("kind", kind).param("from", from).param("to", to))
                .andExpect(redirectedUrlPattern(W + "/*"))
                .andExpect(flash().attribute("flash", "Đã lập dự thảo báo cáo."))
                .andReturn().getResponse().getRedirectedUrl();
        return location;
    }

    private MockHttpServletRequestBuilder frame(String report) {
        return MockMvcRequestBuilders.post(report).with(officer()).with(csrf()).param("title", "Tuần 23")
                .param("recipients", "Lưu: VT.").param("issuedOn", "2026-06-08").param("signerMode", "TM")
                .param("signerName", "Nguyễn Văn A");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor officer() {
        return user(accounts.loadUserByUsername("canbo.bcweb"));
    }
}
