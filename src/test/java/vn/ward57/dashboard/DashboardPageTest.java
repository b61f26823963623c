package vn.ward57.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** The dashboard page, its tiles as htmx fragments, the wall mode, the charts' data and the leader's home. */
@Ward57Test
class DashboardPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aLeaderLandsOnTheDashboardWithEveryTileRefreshingEveryMinute() throws Exception {
        mvc.perform(get("/").with(as("lanhdao.anhai"))).andExpect(redirectedUrl("/wards/an-hai/dashboard"));
        String page = page(get("/wards/an-hai/dashboard").with(as("lanhdao.anhai")));
        assertThat(page).contains("<h1><span>Bảng điều hành</span> — <span>Phường An Hải</span></h1>",
                "class=\"topbar\"", "href=\"/wards/an-hai/dashboard\">Bảng điều hành</a>",
                "src=\"/webjars/echarts/dist/echarts.min.js\"", "/js/dashboard.js", "id=\"flash\"",
                "Hồ sơ thủ tục hành chính", "Phản ánh, kiến nghị", "Báo cáo tháng chưa nộp", "Số liệu chưa khớp",
                "data-src=\"/wards/an-hai/dashboard/charts\"", "data-label-in-person=\"Trực tiếp\"");
        for (String tile : WardDashboard.TILES) {
            assertThat(page).contains("id=\"tile-" + tile + "\"",
                    "hx-get=\"/wards/an-hai/dashboard/tiles/" + tile + "\" hx-trigger=\"every 60s\" hx-swap=\"outerHTML\"");
        }
        // every tile links to the list behind it
        assertThat(page).contains("href=\"/wards/an-hai/tasks\"", "href=\"/wards/an-hai/indicators?period=",
                "href=\"/wards/an-hai/feedback\"", "href=\"/wards/an-hai/forms\"", "href=\"/wards/an-hai/budget\"",
                "href=\"/wards/an-hai/validation-violations?period=", "href=\"/wards/an-hai/dossiers?from=");
        // an officer keeps "Việc của tôi" and may open the dashboard too
        assertThat(page(get("/").with(as("canbo.anhai")))).contains("Việc của tôi");
        mvc.perform(get("/wards/an-hai/dashboard").with(as("canbo.anhai"))).andExpect(status().isOk());
        mvc.perform(get("/wards/trung-thanh/dashboard").with(as("lanhdao.anhai"))).andExpect(status().isForbidden());
    }

    @Test
    void htmxGetsOneTileAlone() throws Exception {
        for (String tile : WardDashboard.TILES) {
            String fragment = page(get("/wards/trung-thanh/dashboard/tiles/" + tile).header("HX-Request", "true")
                    .with(as("lanhdao.trungthanh")));
            assertThat(fragment.strip()).startsWith("<section id=\"tile-" + tile + "\"").endsWith("</section>")
                    .doesNotContain("<html", "topbar");
        }
        String tasks = page(get("/wards/trung-thanh/dashboard/tiles/tasks").header("HX-Request", "true")
                .with(as("lanhdao.trungthanh")));
        assertThat(tasks).contains("Nhiệm vụ", "href=\"/wards/trung-thanh/tasks?status=OVERDUE\"");
        // htmx shows errors in the page's #flash; without htmx an unknown tile is a 404 page
        String unknown = page(get("/wards/trung-thanh/dashboard/tiles/weather").header("HX-Request", "true")
                .with(as("lanhdao.trungthanh")));
        assertThat(unknown).contains("Bảng điều hành không có ô „weather“.");
        mvc.perform(get("/wards/trung-thanh/dashboard/tiles/weather").with(as("lanhdao.trungthanh")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWallHasLargeTypeNoNavigationAndRotatingPanels() throws Exception {
        // the page first: the wall must not be served the page's
        assertThat(page(get("/wards/an-hai/dashboard").with(as("lanhdao.anhai")))).contains("chart-indicator-select");
        String wall = page(get("/wards/an-hai/dashboard?wall=1").with(as("lanhdao.anhai")));
        assertThat(wall).contains("class=\"dashboard-page wall\"", "data-panel=\"tiles\"", "data-panel=\"charts\"",
                "hx-trigger=\"every 60s\"").doesNotContain("class=\"topbar\"", "chart-indicator-select",
                "Chế độ màn hình lớn");
    }

    @Test
    void theChartsCarryTheStatisticsOfTheLastTwelveMonths() throws Exception {
        String charts = page(get("/wards/an-hai/dashboard/charts").with(as("lanhdao.anhai")));
        LocalDate today = LocalDate.parse(JsonPath.read(page(Api.get("lanhdao.anhai", "/api/v1/wards/an-hai/dashboard")), "$.today"));
        YearMonth month = YearMonth.from(today);
        List<String> months = JsonPath.read(charts, "$.months");
        // the axes name months and periods in words, as every page does: "Tháng 11/2026", "Quý III/2026", no code
        assertThat(months).hasSize(12).endsWith("Tháng " + month.getMonthValue() + "/" + month.getYear());
        List<String> periods = JsonPath.read(charts, "$.indicators[*].periods[*]");
        assertThat(periods).isNotEmpty().allMatch(p -> p.matches("(Tháng \\d{1,2}|Quý [IV]+)/\\d{4}|6 tháng (đầu|cuối) năm \\d{4}|Năm \\d{4}"));
        // the bars add up to the twelve months' dossier-stats, channel by channel
        String stats = page(Api.get("lanhdao.anhai", "/api/v1/wards/an-hai/dossier-stats?from="
                + month.minusMonths(11).atDay(1) + "&to=" + today));
        for (String[] channel : new String[][] {{"online", "newOnline"}, {"inPerson", "newInPerson"}, {"postal", "newPostal"}}) {
            List<Number> bars = JsonPath.read(charts, "$." + channel[0]);
            assertThat(bars.stream().mapToLong(Number::longValue).sum()).as(channel[0])
                    .isEqualTo(((Number) JsonPath.read(stats, "$." + channel[1])).longValue());
        }
        assertThat(((Number) JsonPath.read(charts, "$.fullMark")).intValue()).isEqualTo(100);
        // tasks per unit add up to the ward's
        String tasks = page(Api.get("lanhdao.anhai", "/api/v1/wards/an-hai/task-stats"));
        List<Number> perUnit = JsonPath.read(charts, "$.units[*].doneOnTime");
        assertThat(perUnit.stream().mapToLong(Number::longValue).sum())
                .isEqualTo(((Number) JsonPath.read(tasks, "$.doneOnTime")).longValue());
        assertThat((List<?>) JsonPath.read(charts, "$.indicators")).isNotEmpty();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
