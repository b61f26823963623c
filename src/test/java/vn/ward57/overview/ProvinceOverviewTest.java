package vn.ward57.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * The province view on a province of its own (tinh-tq) with three wards whose dossiers were worked
 * out by hand; no procedure catalogue, no fee and no feedback, so the 766 components every ward has are
 * progress (20), online dossiers (4, full at 50 %), electronic results (6) and digitised components (4) —
 * the last two 0 here — and feedback satisfaction (6, full when nothing was rated): at most 40. Ties in
 * Vietnamese order: ServiceIndexRankingTest.
 */
@Ward57Test
class ProvinceOverviewTest {

    // Phường Hòa An: online 2 of 4 = 50,00 %; early or on time 3 of 4 resolved = 75,00 %
    //   → 20 × 3 / 4 = 15,00 + 4 × 50 / 50 = 4,00 + 6 → 25,00
    private static final String HOA_AN = """
            dossier_code,channel,received_at,due_at,resolved_at
            A1,ONLINE,2026-03-02,2026-03-10,2026-03-05
            A2,ONLINE,2026-03-03,2026-03-10,2026-03-10
            A3,IN_PERSON,2026-04-01,2026-04-05,2026-04-05
            A4,IN_PERSON,2026-04-02,2026-04-05,2026-04-08
            """;
    // Phường Bình Minh: online 1 of 2 = 50,00 %; on time 2 of 2 = 100,00 % → 20,00 + 4,00 + 6 = 30,00
    private static final String BINH_MINH = """
            dossier_code,channel,received_at,due_at,resolved_at
            B1,ONLINE,2026-03-02,2026-03-10,2026-03-04
            B2,POSTAL,2026-05-04,2026-05-10,2026-05-10
            """;
    // Phường Đông Hải: online 3 of 5 = 60,00 % (4 × 60 / 50 = 4,8, at most 4,00); on time 3 of 4 = 75,00 %;
    //   C5 pending past its due date: 766 progress 20 × 3 / (4 resolved + 1 pending) = 12,00 → 12 + 4 + 6 = 22,00
    private static final String DONG_HAI = """
            dossier_code,channel,received_at,due_at,resolved_at
            C1,ONLINE,2026-03-02,2026-03-10,2026-03-06
            C2,ONLINE,2026-03-02,2026-03-10,2026-03-10
            C3,ONLINE,2026-04-01,2026-04-10,2026-04-11
            C4,IN_PERSON,2026-04-01,2026-04-10,2026-04-09
            C5,IN_PERSON,2026-05-04,2026-05-10,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void province() throws Exception {
        if (jdbc.sql("select count(*) from ward where code like 'tq-%'").query(Long.class).single() == 3) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-tq\",\"name\":\"Tỉnh Tổng Quan\"}"));
        ward("tq-hoa", "Phường Hòa An", HOA_AN);
        ward("tq-binh", "Phường Bình Minh", BINH_MINH);
        ward("tq-dong", "Phường Đông Hải", DONG_HAI);
    }

    @Test
    void theWardsAreRankedByTheir766IndexOnTheComponentsEveryWardHas() throws Exception {
        String body = mvc.perform(get("admin", "/api/v1/provinces/tinh-tq/dashboard?year=2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.wards[*].code")).containsExactly("tq-binh", "tq-hoa", "tq-dong");
        assertThat(JsonPath.<List<Integer>>read(body, "$.wards[*].rank")).containsExactly(1, 2, 3);
        assertThat(JsonPath.<List<Double>>read(body, "$.wards[*].score")).containsExactly(30.0, 25.0, 22.0);
        assertThat(JsonPath.<List<Double>>read(body, "$.wards[*].onlineRate")).containsExactly(50.0, 50.0, 60.0);
        assertThat(JsonPath.<List<Double>>read(body, "$.wards[*].onTimeRate")).containsExactly(100.0, 75.0, 75.0);
        // no tasks, no indicators: GREEN, nothing owed, nothing red
        assertThat(JsonPath.<List<String>>read(body, "$.wards[*].light")).containsOnly("GREEN");
        assertThat(JsonPath.<List<Object>>read(body, "$.wards[*].formsCompleteness")).containsOnly((Object) null);
        assertThat(JsonPath.<List<Integer>>read(body, "$.wards[*].redIndicators")).containsOnly(0);
        // the province by month: March 5 online, all 5 resolved in time; April 1 online + 3 in person,
        // resolved A3 (on time), A4, C3 (late), C4 (early) → 2 of 4 = 50,00 %; May 1 postal + 1 in person, B2 on time
        assertThat(JsonPath.<List<Integer>>read(body, "$.months[2,3,4].online")).containsExactly(5, 1, 0);
        assertThat(JsonPath.<List<Integer>>read(body, "$.months[2,3,4].inPerson")).containsExactly(0, 3, 1);
        assertThat(JsonPath.<List<Integer>>read(body, "$.months[2,3,4].postal")).containsExactly(0, 0, 1);
        assertThat(JsonPath.<List<Double>>read(body, "$.months[2,3,4].onTimeRate")).containsExactly(100.0, 50.0, 100.0);
        assertThat(JsonPath.<Object>read(body, "$.months[0].onTimeRate")).isNull();
        // the year: 11 received, 6 online → 54,55 %; 10 resolved, 8 in time → 80,00 %
        assertThat(JsonPath.<Integer>read(body, "$.total.newlyReceived")).isEqualTo(11);
        assertThat(JsonPath.<Double>read(body, "$.total.onlineRate")).isEqualTo(54.55);
        assertThat(JsonPath.<Double>read(body, "$.total.onTimeRate")).isEqualTo(80.0);
        assertThat(JsonPath.<List<String>>read(body, "$.scoreParts[*].formulaKey")).containsExactly(
                "index766.PROGRESS_TIMELY.formula", "index766.ONLINE_DOSSIERS.formula", "index766.DIGITISED_RESULTS.formula",
                "index766.DIGITISED_COMPONENTS.formula", "index766.FEEDBACK_SATISFACTION.formula");
    }

    @Test
    void eachWardsRatesAndScoreEqualItsOwnStatisticsApis() throws Exception {
        String today = WardTime.today().toString();
        String body = mvc.perform(get("admin", "/api/v1/provinces/tinh-tq/dashboard"))
                .andReturn().getResponse().getContentAsString();
        for (String ward : List.of("tq-hoa", "tq-binh", "tq-dong")) {
            String stats = mvc.perform(get("admin", "/api/v1/wards/" + ward + "/dossier-stats?from=2026-01-01&to=" + today))
                    .andReturn().getResponse().getContentAsString();
            String index = mvc.perform(get("admin", "/api/v1/wards/" + ward + "/service-index?from=2026-01-01&to=" + today))
                    .andReturn().getResponse().getContentAsString();
            String row = "$.wards[?(@.code == '" + ward + "')]";
            assertThat(JsonPath.<List<Double>>read(body, row + ".onlineRate"))
                    .containsExactly(JsonPath.<Double>read(stats, "$.onlineRate"));
            assertThat(JsonPath.<List<Double>>read(body, row + ".onTimeRate"))
                    .containsExactly(JsonPath.<Double>read(stats, "$.onTimeRate"));
            // the row's score is the sum of the ward's own components the province ranks on
            List<String> ranked = JsonPath.<List<String>>read(body, "$.scoreParts[*].nameKey").stream()
                    .map(k -> k.split("\\.")[1]).toList();
            double sum = ranked.stream().mapToDouble(code -> JsonPath.<List<Double>>read(index,
                    "$.parts[*].components[?(@.code == '" + code + "')].score").getFirst()).sum();
            assertThat(JsonPath.<List<Double>>read(body, row + ".score").getFirst()).isCloseTo(sum,
                    org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void theFormsRedIndicatorsAndLightOfADemoWardEqualItsOwnApis() throws Exception {
        long start = System.nanoTime();
        String body = mvc.perform(get("admin", "/api/v1/provinces/da-nang/dashboard"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        System.out.printf("province view of da-nang: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        String period = JsonPath.read(body, "$.formsPeriod");
        assertThat(period).isEqualTo(java.time.YearMonth.from(WardTime.today()).minusMonths(1).toString());
        String forms = mvc.perform(get("lanhdao.anhai", "/api/v1/wards/an-hai/form-completeness?period=" + period))
                .andReturn().getResponse().getContentAsString();
        // the ward's dashboard counts its indicators as of the same month (IndicatorStatuses.count)
        String dashboard = mvc.perform(get("lanhdao.anhai", "/api/v1/wards/an-hai/dashboard"))
                .andReturn().getResponse().getContentAsString();
        String tasks = mvc.perform(get("lanhdao.anhai", "/api/v1/wards/an-hai/task-stats"))
                .andReturn().getResponse().getContentAsString();
        String row = "$.wards[?(@.code == 'an-hai')]";
        long expected = JsonPath.<List<Integer>>read(forms, "$[*].expected").stream().mapToLong(Integer::longValue).sum();
        long submitted = JsonPath.<List<Integer>>read(forms, "$[*].submitted").stream().mapToLong(Integer::longValue).sum();
        assertThat(JsonPath.<List<Integer>>read(body, row + ".formsExpected")).containsExactly((int) expected);
        assertThat(JsonPath.<List<Integer>>read(body, row + ".formsSubmitted")).containsExactly((int) submitted);
        assertThat(JsonPath.<String>read(dashboard, "$.indicators.period")).isEqualTo(period);
        assertThat(JsonPath.<List<Integer>>read(body, row + ".redIndicators"))
                .containsExactly(JsonPath.<Integer>read(dashboard, "$.indicators.red"));
        assertThat(JsonPath.<List<String>>read(body, row + ".light"))
                .containsExactly(JsonPath.<String>read(tasks, "$.light"));
        assertThat(JsonPath.<List<String>>read(body, "$.wards[*].code")).containsExactly("an-hai");
    }

    @Test
    void onlyTheProvincesAdminsSeeIt() throws Exception {
        mvc.perform(get("canbo.anhai", "/api/v1/provinces/tinh-tq/dashboard")).andExpect(status().isForbidden());
        mvc.perform(get("lanhdao.anhai", "/api/v1/provinces/thai-nguyen/dashboard")).andExpect(status().isForbidden());
        mvc.perform(get("admin", "/api/v1/provinces/khong-co/dashboard")).andExpect(status().isNotFound());
        mvc.perform(get("admin", "/api/v1/provinces/tinh-tq/dashboard?year=2999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(MockMvcRequestBuilders.get("/provinces/tinh-tq/dashboard")
                        .with(user(accounts.loadUserByUsername("lanhdao.anhai"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageShowsTheRankedTableItsFormulaAndTheCharts() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/provinces/tinh-tq/dashboard?year=2026")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Tổng quan Tỉnh Tổng Quan", "class=\"exportable sortable\"",
                "href=\"/wards/tq-binh/dashboard\"", "Điểm Bộ chỉ số 766 (tối đa 40 trên 100 điểm", "30,00 / 40", "54,55%", "80,00%",
                "20 × (trước hạn + đúng hạn + đang giải quyết trong hạn) / (đã giải quyết + đang giải quyết)",
                "Hạng theo điểm Bộ chỉ số 766", "Xếp hạng trên các phần mọi phường đều có: ", "tối đa 40 điểm",
                "/webjars/echarts/", "/dist/echarts.min.js", "/js/overview.js", "data-chart=");
        // ranks in order: Bình Minh, Hòa An, Đông Hải (in the table; the ward switcher above is alphabetical)
        int table = page.indexOf("id=\"province-wards\"");
        assertThat(page.indexOf("Phường Bình Minh", table)).isLessThan(page.indexOf("Phường Hòa An", table));
        assertThat(page.indexOf("Phường Hòa An", table)).isLessThan(page.indexOf("Phường Đông Hải", table));
        String province = mvc.perform(MockMvcRequestBuilders.get("/provinces/tinh-tq")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(province).contains("href=\"/provinces/tinh-tq/dashboard\"");
        mvc.perform(MockMvcRequestBuilders.get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/js/overview.js")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Intl.Collator(\"vi\")")));
    }

    /** The page is a 304 for a browser that has it, until a write to any ward of the province. */
    @Test
    void theCurrentPageIsA304UntilAWardOfTheProvinceChanges() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var admin = user(accounts.loadUserByUsername("admin"));
        MockHttpServletResponse first = mvc.perform(MockMvcRequestBuilders.get("/provinces/da-nang/dashboard")
                .with(admin).session(session)).andReturn().getResponse();
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache", "private");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/provinces/da-nang/dashboard").with(admin).session(session)
                .header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse().getStatus()).isEqualTo(304);
        int lastYear = WardTime.today().getYear() - 1;
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/provinces/da-nang/dashboard?year=" + lastYear).with(admin)
                .session(session).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        // another province's admin may not have it, whatever it holds
        mvc.perform(MockMvcRequestBuilders.get("/provinces/da-nang/dashboard").header(HttpHeaders.IF_NONE_MATCH, etag)
                .with(user(accounts.loadUserByUsername("lanhdao.anhai")))).andExpect(status().isForbidden());

        jdbc.sql("update unit set name = name where ward_id = (select id from ward where code = 'an-hai')").update();
        MockHttpServletResponse changed = mvc.perform(MockMvcRequestBuilders.get("/provinces/da-nang/dashboard")
                .with(admin).session(session).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
    }

    private void ward(String code, String name, String csv) throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces/tinh-tq/wards",
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\"}")).andExpect(status().isCreated());
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + code + "/dossier-imports")
                        .file(new MockMultipartFile("file", code + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        String done = Api.awaitImport(mvc, location);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("SUCCEEDED");
    }
}
