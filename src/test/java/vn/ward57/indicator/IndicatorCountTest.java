package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * Issue 20: the dashboard's tile, the indicators page and the province view count a ward's indicators
 * alike. Ward dem-mot has seven indicators of its own, judged by hand as of P, the last month that has
 * ended (targets for 2035; AMBER within 10 %, so 72 to 80 for a target of 80):
 * <ul>
 * <li>DEM-A monthly, target 80: 90 in P → GREEN (10 in the month still running does not count)
 * <li>DEM-B monthly, target 80: 50 in P → RED (95 the month before does not count)
 * <li>DEM-C monthly, target 80: nothing in P, 30 the month before → not judged
 * <li>DEM-D monthly, target 80: 75 in P → AMBER
 * <li>DEM-E quarterly, lower is better, target 5: 3 in the last quarter ended by P's end → GREEN
 * <li>DEM-F yearly, target 100: 40 in the last year ended by P's end → RED (nothing in the year running)
 * <li>DEM-G monthly, no target: 99 in P → not judged
 * </ul>
 * So 2 RED, 1 AMBER, 2 GREEN, 2 not judged, on every screen. (Before, the dashboard counted 4 RED — A in
 * the running month, C and F by looking back for a value — and the page and the province view 1.)
 */
@Ward57Test
class IndicatorCountTest {

    private static final String WARD = "dem-mot";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    IndicatorStatuses statuses;
    @Autowired
    vn.ward57.org.WardService wards;

    private final YearMonth running = YearMonth.from(WardTime.today());
    private final YearMonth p = running.minusMonths(1);

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-dem\",\"name\":\"Tỉnh Đếm\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-dem/wards", "{\"code\":\"" + WARD + "\",\"name\":\"Phường Đếm\"}"))
                .andExpect(status().isCreated());
        indicator("DEM-A", "MONTH", "HIGHER", "80", p + "=90", running + "=10");
        indicator("DEM-B", "MONTH", "HIGHER", "80", p + "=50", p.minusMonths(1) + "=95");
        indicator("DEM-C", "MONTH", "HIGHER", "80", p.minusMonths(1) + "=30");
        indicator("DEM-D", "MONTH", "HIGHER", "80", p + "=75");
        indicator("DEM-E", "QUARTER", "LOWER", "5", quarter() + "=3");
        indicator("DEM-F", "YEAR", "HIGHER", "100", year() + "=40");
        indicator("DEM-G", "MONTH", "HIGHER", null, p + "=99");
    }

    @Test
    void theFacadeCountsEachIndicatorInItsLatestEndedPeriod() {
        as("admin", () -> {
            StatusCount count = statuses.count(wards.get(WARD), p.toString());
            assertThat(List.of(count.red(), count.amber(), count.green(), count.unjudged())).containsExactly(2L, 1L, 2L, 2L);
            assertThat(count.periodName()).isEqualTo(name());
            Map<String, String> judged = count.indicators().stream()
                    .collect(Collectors.toMap(IndicatorView::code, v -> v.period() + " " + v.status()));
            assertThat(judged).containsExactlyInAnyOrderEntriesOf(Map.of("DEM-A", p + " GREEN", "DEM-B", p + " RED",
                    "DEM-C", p + " null", "DEM-D", p + " AMBER", "DEM-E", quarter() + " GREEN",
                    "DEM-F", year() + " RED", "DEM-G", p + " null"));
        });
    }

    @Test
    void theDashboardTheIndicatorsPageAndTheProvinceViewSayTheSame() throws Exception {
        String dashboard = page("/wards/" + WARD + "/dashboard");
        assertThat(dashboard).contains("data-figure=\"indicators.red\">2<",
                "đến hết " + name() + ", mỗi chỉ tiêu theo kỳ gần nhất đã kết thúc");
        String api = json("/api/v1/wards/" + WARD + "/dashboard");
        assertThat(List.of(JsonPath.<Integer>read(api, "$.indicators.red"), JsonPath.<Integer>read(api, "$.indicators.amber"),
                JsonPath.<Integer>read(api, "$.indicators.green"), JsonPath.<Integer>read(api, "$.indicators.unjudged")))
                .containsExactly(2, 1, 2, 2);

        // the page as of P by default, its summary and its table's RED rows alike
        String indicators = page("/wards/" + WARD + "/indicators");
        assertThat(indicators).contains("data-figure=\"indicators.red\">2<", "data-figure=\"indicators.amber\">1<",
                "data-figure=\"indicators.green\">2<", "data-figure=\"indicators.unjudged\">2<",
                "Đến hết " + name() + ", mỗi chỉ tiêu theo kỳ gần nhất đã kết thúc");
        assertThat(indicators.split("class=\"light RED\"", -1)).hasSize(3);
        assertThat(page("/wards/" + WARD + "/indicators?period=" + p)).contains("data-figure=\"indicators.red\">2<");

        String province = json("/api/v1/provinces/tinh-dem/dashboard");
        assertThat(JsonPath.<String>read(province, "$.formsPeriod")).isEqualTo(p.toString());
        assertThat(JsonPath.<List<Integer>>read(province, "$.wards[?(@.code == '" + WARD + "')].redIndicators"))
                .containsExactly(2);
        assertThat(page("/provinces/tinh-dem/dashboard")).contains("Chỉ tiêu chưa đạt (đến hết " + name() + ")",
                "chỉ tiêu chưa đạt đến hết " + name() + ", mỗi chỉ tiêu theo kỳ gần nhất đã kết thúc");
    }

    /** "Tháng 11/2026", written out here rather than by the code under test. */
    private String name() {
        return "Tháng " + p.getMonthValue() + "/" + p.getYear();
    }

    /** The last quarter that has ended by P's end (P's own when P closes a quarter). */
    private String quarter() {
        YearMonth end = p;
        while (end.getMonthValue() % 3 != 0) {
            end = end.minusMonths(1);
        }
        return end.getYear() + "Q" + end.getMonthValue() / 3;
    }

    /** The last year that has ended by P's end. */
    private String year() {
        return String.valueOf(p.getMonthValue() == 12 ? p.getYear() : p.getYear() - 1);
    }

    private void indicator(String code, String periodType, String direction, String target, String... values)
            throws Exception {
        mvc.perform(post("admin", "/api/v1/wards/" + WARD + "/indicators", """
                {"code":"%s","name":"Chỉ tiêu %s","unit":"NUMBER","direction":"%s","periodType":"%s","source":"ENTERED"}
                """.formatted(code, code, direction, periodType))).andExpect(status().isCreated());
        if (target != null) {
            mvc.perform(put("admin", "/api/v1/wards/" + WARD + "/indicators/" + code + "/targets/2035",
                    "{\"target\":" + target + "}")).andExpect(status().isNoContent());
        }
        for (String v : values) {
            String[] periodValue = v.split("=");
            mvc.perform(put("admin", "/api/v1/wards/" + WARD + "/indicator-values/" + code + "/" + periodValue[0],
                    "{\"value\":" + periodValue[1] + "}")).andExpect(status().isOk());
        }
    }

    private void as(String username, Runnable body) {
        var account = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities()));
        try {
            body.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String page(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String json(String path) throws Exception {
        return mvc.perform(get("admin", path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
