package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;

/**
 * What the menu offers in one click (the feedback register; the province overview for its admins), and the
 * dashboard's month column in words when the month has no dossier yet. The folding itself: ResponsiveLayoutTest.
 */
@Ward57Test
class MenuAndWordsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theFeedbackRegisterIsInTheMainMenuWhichFoldsBehindItsButton() throws Exception {
        String page = page("canbo.anhai", "/wards/an-hai/tasks");
        String menu = page.substring(page.indexOf("<details class=\"menu\""), page.indexOf("</details>"));
        assertThat(menu).contains("<summary class=\"menu-button\"><span>Danh mục</span></summary>",
                "<nav class=\"nav\" aria-label=\"Danh mục chính\">",
                "<a href=\"/wards/an-hai/feedback\">Góp ý, phản ánh</a>")
                .doesNotContain("/provinces");
    }

    @Test
    void aProvinceAdminReachesTheProvinceOverviewInOneClick() throws Exception {
        mvc.perform(get("/").with(user(accounts.loadUserByUsername("admin")))).andExpect(redirectedUrl("/provinces"));
        assertThat(page("admin", "/provinces")).contains(
                "<a href=\"/provinces/da-nang/dashboard\">Tổng quan và xếp hạng các phường</a>");
        assertThat(page("admin", "/wards/an-hai/dossiers")).contains(
                "<a href=\"/provinces/da-nang/dashboard\">Tổng quan tỉnh</a>");
    }

    @Test
    void aMonthWithoutDossiersSaysSoInsteadOfEmptyCells() throws Exception {
        mvc.perform(Api.post("admin", "/api/v1/provinces", "{\"code\":\"tinh-thang\",\"name\":\"Tỉnh Tháng Mới\"}"));
        mvc.perform(Api.post("admin", "/api/v1/provinces/tinh-thang/wards",
                "{\"code\":\"thang-moi\",\"name\":\"Phường Tháng Mới\"}"));
        String tile = page("admin", "/wards/thang-moi/dashboard");
        tile = tile.substring(tile.indexOf("id=\"tile-dossiers\""), tile.indexOf("id=\"tile-tasks\""));
        var today = WardTime.today();
        String month = VietnameseFormat.periodInText(ReportingPeriod.containing(ReportingPeriod.Kind.MONTH, today));
        assertThat(tile).contains("id=\"month-empty\"", today.getDayOfMonth() <= 10
                ? "Chưa có số liệu " + month + " (tháng mới bắt đầu)" : "Chưa có hồ sơ mới trong " + month);
        // today's column keeps its figures; the month's three empty cells are the one that says why
        assertThat(tile.split("data-figure=\"DOSSIER_NEW\"", -1)).hasSize(2);
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
