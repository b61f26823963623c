package vn.ward57.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * The checks panel's "Thay bằng số liệu hệ thống" button, on a ward of its own (bc-fixweb) that holds no data:
 * a typed 999 tasks is replaced by 0 where it was typed, the panel comes back checked again with the section's
 * editor swapped in, and a second click on the same button is refused with the reason.
 */
@Ward57Test
class NarrativeFixPageTest {

    private static final String W = "/wards/bc-fixweb/reports";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theButtonReplacesTheTypedNumberAndThePanelIsCheckedAgain() throws Exception {
        mvc.perform(Api.post("admin", "/api/v1/provinces", "{\"code\":\"tinh-bcfw\",\"name\":\"Tỉnh Sửa Số\"}"));
        mvc.perform(Api.post("admin", "/api/v1/provinces/tinh-bcfw/wards", "{\"code\":\"bc-fixweb\",\"name\":\"Phường Sửa Số\"}"))
                .andExpect(status().isCreated());
        mvc.perform(Api.post("admin", "/api/v1/users", """
                {"username":"canbo.bcfixweb","fullName":"Cán bộ","role":"WARD_OFFICER","wardCode":"bc-fixweb","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        String report = mvc.perform(MockMvcRequestBuilders.post(W).with(officer()).with(csrf())
                        .param("kind", "MONTHLY").param("from", "2026-05-01").param("to", "2026-05-31"))
                .andExpect(redirectedUrlPattern(W + "/*")).andReturn().getResponse().getRedirectedUrl();
        page(MockMvcRequestBuilders.post(report + "/sections/m2").with(officer()).with(csrf()).header("HX-Request", "true")
                .param("html", "<p>Tổng số nhiệm vụ được giao: <b>999</b>; ghi chú 999 lượt truy cập.</p>"));

        String checks = page(MockMvcRequestBuilders.get(report + "/checks").header("HX-Request", "true").with(officer()));
        assertThat(checks).contains("là 999", "Thay bằng số liệu hệ thống", "action=\"" + report + "/checks/fix\"",
                "name=\"section\" value=\"m2\"", "name=\"paragraph\" value=\"0\"", "name=\"start\" value=\"28\"",
                "name=\"end\" value=\"31\"", "name=\"written\" value=\"999\"",
                "title=\"Thay “999” bằng “0” trong nội dung mục, chỉ đúng chỗ này.\"");

        String fixed = page(fix(report).header("HX-Request", "true"));
        assertThat(fixed).doesNotContain("<html", "là 999")
                .contains("id=\"report-checks\"", "Đã thay “999” bằng số liệu hệ thống “0” trong mục „II. THỰC HIỆN NHIỆM VỤ“.")
                .contains("id=\"section-m2\"", "hx-swap-oob=\"outerHTML\"",
                        "Tổng số nhiệm vụ được giao: <b>0</b>; ghi chú 999 lượt truy cập.");

        // the same button again (the panel was not reloaded): refused, the reason in the panel, nothing swapped
        String refused = page(fix(report).header("HX-Request", "true"));
        assertThat(refused).contains("id=\"report-checks\"", "“999” không còn ở vị trí đó")
                .doesNotContain("hx-swap-oob", "Đã thay");
        // without htmx: back to the page, the reason as its message
        mvc.perform(fix(report)).andExpect(redirectedUrl(report + "#report-checks"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("không còn ở vị trí đó")));
        assertThat(page(MockMvcRequestBuilders.get(report).with(officer())))
                .contains("Tổng số nhiệm vụ được giao: <b>0</b>; ghi chú 999 lượt truy cập.").doesNotContain("hx-swap-oob");
    }

    /** The button's form as the panel listed it for the typed 999. */
    private MockHttpServletRequestBuilder fix(String report) {
        return MockMvcRequestBuilders.post(report + "/checks/fix").with(officer()).with(csrf()).param("section", "m2")
                .param("paragraph", "0").param("start", "28").param("end", "31").param("written", "999");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor officer() {
        return user(accounts.loadUserByUsername("canbo.bcfixweb"));
    }
}
