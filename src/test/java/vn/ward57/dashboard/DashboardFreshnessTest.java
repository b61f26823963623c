package vn.ward57.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.dashboard.domain.DashboardService;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.WardRevisions;

/**
 * The dashboard serves what it computed only while the ward's data is unchanged: an import or a new task
 * shows at the very next request. Ward tuoi-mot, by hand: none, then two dossiers received today (one
 * online: 50,00 %), then a task whose deadline was yesterday (one overdue).
 */
@Ward57Test
class DashboardFreshnessTest {

    private static final String DASHBOARD = "/api/v1/wards/tuoi-mot/dashboard";

    @Autowired
    MockMvc mvc;
    @Autowired
    WardRevisions revisions;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    DashboardService dashboard;
    @Autowired
    vn.ward57.org.WardService wards;

    @Test
    void aChangeShowsAtTheNextRequest() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-tuoi\",\"name\":\"Tỉnh Tươi\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-tuoi/wards", "{\"code\":\"tuoi-mot\",\"name\":\"Phường Tươi Một\"}"));
        mvc.perform(post("admin", "/api/v1/wards/tuoi-mot/units", "{\"code\":\"vp\",\"name\":\"Văn phòng\"}"));
        String before = dashboard();
        assertThat((Integer) JsonPath.read(before, "$.dossiers.month.received")).isZero();
        assertThat((Integer) JsonPath.read(before, "$.tasks.stats.overdueNotDone")).isZero();
        assertThat((Integer) JsonPath.read(province(), "$.total.newlyReceived")).isZero();
        assertThat(monthReceived(page("/wards/tuoi-mot/dashboard"))).isEqualTo("0");
        assertThat(page("/provinces/tinh-tuoi/dashboard")).doesNotContain("50,00%");
        // reading changes nothing, so a second read is served what the first computed
        long revision = revisions.ofWard("tuoi-mot");
        assertThat(dashboard()).isEqualTo(before);
        assertThat(revisions.ofWard("tuoi-mot")).isEqualTo(revision);

        LocalDate today = WardTime.today();
        String csv = """
                dossier_code,channel,received_at,due_at,resolved_at
                T1,ONLINE,%s,%s,
                T2,IN_PERSON,%s,%s,
                """.formatted(today, today.plusDays(5), today, today.plusDays(5));
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/tuoi-mot/dossier-imports")
                        .file(new MockMultipartFile("file", "t.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(Api.awaitImport(mvc, location)).contains("SUCCEEDED");
        assertThat(revisions.ofWard("tuoi-mot")).isGreaterThan(revision);
        String imported = dashboard();
        assertThat((Integer) JsonPath.read(imported, "$.dossiers.today.received")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(imported, "$.dossiers.month.received")).isEqualTo(2);
        assertThat((Double) JsonPath.read(imported, "$.dossiers.month.onlineRate")).isEqualTo(50.0);
        // the page's tiles too
        assertThat(monthReceived(page("/wards/tuoi-mot/dashboard"))).isEqualTo("2");
        assertThat(page("/provinces/tinh-tuoi/dashboard")).contains("50,00%");
        // and the province view, cached by the sum of its wards' revisions
        assertThat((Integer) JsonPath.read(province(), "$.total.newlyReceived")).isEqualTo(2);
        assertThat(JsonPath.<Double>read(province(), "$.wards[0].onlineRate")).isEqualTo(50.0);

        long directive = JsonPath.<Integer>read(mvc.perform(post("admin", "/api/v1/wards/tuoi-mot/directives", """
                {"type":"KH","number":"01-KH/UBND","issuedOn":"%s","issuer":"UBND phường",
                 "title":"Kế hoạch chuyển đổi số","signerRole":"HEAD","issuedByWard":true}
                """.formatted(today.minusDays(30)))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id").longValue();
        mvc.perform(post("admin", "/api/v1/directives/" + directive + "/tasks", """
                {"code":"NV1","title":"Số hoá hồ sơ","leadUnit":"vp","startOn":"%s","deadline":"%s"}
                """.formatted(today.minusDays(30), today.minusDays(1)))).andExpect(status().isCreated());
        String withTask = dashboard();
        assertThat((Integer) JsonPath.read(withTask, "$.tasks.stats.overdueNotDone")).isEqualTo(1);
        assertThat(JsonPath.<java.util.List<String>>read(withTask, "$.tasks.overdue[*].code")).containsExactly("NV1");
    }

    @Test
    void anotherDayIsComputedAgainWithoutAnyChange() throws Exception {
        var admin = accounts.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        try {
            // what is overdue depends on the day: another day is computed for that day, with no write between
            LocalDate tenth = LocalDate.of(2026, 11, 10);
            assertThat(dashboard.ward(wards.get("an-hai"), tenth).today()).isEqualTo(tenth);
            assertThat(dashboard.ward(wards.get("an-hai"), tenth.plusDays(1)).today()).isEqualTo(tenth.plusDays(1));
            assertThat(dashboard.ward(wards.get("an-hai"), tenth).today()).isEqualTo(tenth);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The dashboard's newly received dossiers of this month (the catalogue's DOSSIER_NEW from the 1st). */
    private static String monthReceived(String html) {
        String first = vn.ward57.common.WardTime.today().withDayOfMonth(1).toString();
        var page = org.jsoup.Jsoup.parse(html);
        var cell = page.select("[data-figure=DOSSIER_NEW][data-from=" + first + "]").last();
        // a month with none yet says so in words instead of its cells
        return cell != null ? cell.text() : page.select("#month-empty").isEmpty() ? null : "0";
    }

    private String page(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                        .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String province() throws Exception {
        return mvc.perform(get("admin", "/api/v1/provinces/tinh-tuoi/dashboard")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String dashboard() throws Exception {
        return mvc.perform(get("admin", DASHBOARD)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
