package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * Issue 23: an indicator's own page. Ward ctp-mot's CT-A (monthly, percent, higher is better, target 80 in 2035,
 * AMBER within 10 %, so 72 to 80) has 60, 65 and 70 in the three months up to P, the last month that has ended:
 * judged on P, 70 is RED (below 72); the least-squares line rises 5 a month, so by December 2035 it passes 100 and
 * the projection stops at 100,00%, reaching the target. Rule CT-R (HIGH) says CT-A ≤ 60: 70 breaks it. CT-B counts
 * the dossiers newly received, computed by the dossier module; CT-C divides CT-A by CT-B.
 */
@Ward57Test
class IndicatorPageTest {

    private static final String WARD = "ctp-mot";
    private static final String PAGE = "/wards/" + WARD + "/indicators/";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    private final YearMonth p = YearMonth.from(WardTime.today()).minusMonths(1);

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = ?").param(WARD).query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-ctp\",\"name\":\"Tỉnh Chỉ Tiêu\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-ctp/wards", "{\"code\":\"" + WARD + "\",\"name\":\"Phường Một\"}"))
                .andExpect(status().isCreated());
        unit("CA", "Công an phường Một");
        unit("VHXH", "Phòng Văn hóa - Xã hội Một");
        created("""
                {"code":"CT-A","name":"Tỷ lệ người dân có tài khoản số","unit":"PERCENT","direction":"HIGHER",
                 "periodType":"MONTH","source":"ENTERED","leadUnit":"CA"}""");
        created("""
                {"code":"CT-B","name":"Số hồ sơ tiếp nhận mới","unit":"COUNT","periodType":"MONTH","source":"COMPUTED",
                 "metric":"DOSSIER_NEW","leadUnit":"CA"}""");
        created("""
                {"code":"CT-C","name":"Tỷ lệ tính từ hai chỉ tiêu","unit":"PERCENT","periodType":"MONTH",
                 "source":"FORMULA","numerator":"CT-A","denominator":"CT-B","factor":100}""");
        mvc.perform(put("admin", "/api/v1/wards/" + WARD + "/indicators/CT-A/targets/2035", "{\"target\":80}"))
                .andExpect(status().isNoContent());
        value(p.minusMonths(2), "{\"value\":60}");
        value(p.minusMonths(1), "{\"value\":65}");
        value(p, "{\"value\":70,\"explanation\":\"Thiếu cán bộ hướng dẫn tại tổ dân phố\"}");
        mvc.perform(put("admin", "/api/v1/wards/" + WARD + "/validation-rules/CT-R", """
                {"name":"Tỷ lệ tài khoản số không quá 60","left":"#{CT-A}","operator":"<=","right":"60",
                 "importance":"HIGH"}""")).andExpect(status().is2xxSuccessful());
        jdbc.sql("""
                insert into indicator_coordinator (indicator_id, unit_id)
                select i.id, u.id from indicator i join ward w on w.id = i.ward_id join unit u on u.ward_id = w.id
                where w.code = ? and i.code = 'CT-A' and u.code = 'VHXH'
                """).param(WARD).update();
    }

    @Test
    void theIndicatorShowsItsValuesStatusReasonProjectionRuleAndUnitsInWords() throws Exception {
        String page = page("admin", PAGE + "CT-A", status().isOk());
        assertThat(page).contains("Tỷ lệ người dân có tài khoản số", "Đánh giá " + name(p),
                "data-figure=\"indicator.value\">70,00%<", "data-figure=\"indicator.goal\">80,00%<",
                "Chưa đạt: 70,00% thấp hơn mức cần đạt 80,00% quá 10%.",
                "Mục tiêu đến năm 2035: 80,00%",
                "Dự báo theo xu hướng các kỳ gần nhất: 100,00% vào kỳ cuối năm 2035, sẽ đạt mục tiêu.",
                "Công an phường Một", "Phòng Văn hóa - Xã hội Một",
                "Giải trình: Thiếu cán bộ hướng dẫn tại tổ dân phố",
                "Mức cao: 70 phải nhỏ hơn hoặc bằng 60", "Vi phạm");
        // each month by name with its value, oldest first; no ISO code of a period in the text
        assertThat(page).containsSubsequence(name(p.minusMonths(2)), "60,00%", name(p.minusMonths(1)), "65,00%",
                name(p), "70,00%");
        assertThat(page.replaceAll("<[^>]*>", "")).doesNotContain(p.toString());
    }

    /** The demo ward adopted the catalogue: DDDT, led by Công an phường, with the two units seed 001 names. */
    @Test
    void theCatalogueGivesTheCoordinatingUnitsTheAppendixNames() throws Exception {
        String units = page("canbo.anhai", "/wards/an-hai/indicators/DDDT", status().isOk())
                .split("id=\"indicator-units\"")[1].split("</section>")[0];
        assertThat(units).contains("Công an phường", "Phòng Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công");
    }

    @Test
    void aComputedIndicatorLinksToTheRecordsBehindItsValue() throws Exception {
        String link = "/wards/" + WARD + "/dossiers/list?from=" + p.atDay(1) + "&to=" + p.atEndOfMonth()
                + "&figure=newlyReceived";
        assertThat(page("admin", PAGE + "CT-B", status().isOk()))
                .contains("href=\"" + link.replace("&", "&amp;") + "\"");
        page("admin", link, status().isOk());

        // a formula names the indicators it divides, each linking to its page
        String formula = page("admin", PAGE + "CT-C", status().isOk()).split("id=\"indicator-formula\"")[1]
                .split("</p>")[0];
        assertThat(formula).contains("href=\"" + PAGE + "CT-A?period=" + p + "\">Tỷ lệ người dân có tài khoản số</a>",
                "href=\"" + PAGE + "CT-B?period=" + p + "\">Số hồ sơ tiếp nhận mới</a>");
    }

    @Test
    void theIndicatorsPageAndTheDashboardLinkToIt() throws Exception {
        String href = "href=\"" + PAGE + "CT-A?period=" + p + "\"";
        assertThat(page("admin", "/wards/" + WARD + "/indicators", status().isOk())).contains(href);
        assertThat(page("admin", "/wards/" + WARD + "/dashboard", status().isOk())).contains(href);
    }

    @Test
    void anotherWardsUserIsRefusedAndAnUnknownCodeIsTheNotFoundPage() throws Exception {
        page("canbo.anhai", PAGE + "CT-A", status().isForbidden());
        page("canbo.trungthanh", "/wards/an-hai/indicators/HS-TT", status().isForbidden());
        assertThat(page("admin", PAGE + "KHONG-CO", status().isNotFound()))
                .contains("Phường chưa có chỉ tiêu mã „KHONG-CO“.");
    }

    /** "Tháng 11/2026", written out here rather than by the code under test. */
    private static String name(YearMonth month) {
        return "Tháng " + month.getMonthValue() + "/" + month.getYear();
    }

    private void unit(String code, String name) throws Exception {
        mvc.perform(post("admin", "/api/v1/wards/" + WARD + "/units", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated());
    }

    private void created(String indicator) throws Exception {
        mvc.perform(post("admin", "/api/v1/wards/" + WARD + "/indicators", indicator)).andExpect(status().isCreated());
    }

    private void value(YearMonth month, String body) throws Exception {
        mvc.perform(put("admin", "/api/v1/wards/" + WARD + "/indicator-values/CT-A/" + month, body))
                .andExpect(status().isOk());
    }

    private String page(String username, String path, ResultMatcher expected) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(accounts.loadUserByUsername(username))))
                .andExpect(expected).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
