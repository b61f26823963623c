package vn.ward57.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * Open data: no login, only published figures (a value of a DRAFT or SUBMITTED form is absent until
 * the leader approves it or locks its period), nothing personal, and an ETag that changes with the figures.
 * Ward ck-mot of its own: unit ca (Công an phường) reports DDDT, CKS, DDDT-TK monthly.
 */
@Ward57Test
class PublicSummaryTest {

    private static final String SUMMARY = "/api/v1/public/wards/ck-mot/summary?year=2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'ck-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-ck\",\"name\":\"Tỉnh Công Khai\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-ck/wards", "{\"code\":\"ck-mot\",\"name\":\"Phường Công Khai\"}"));
        mvc.perform(post("admin", "/api/v1/wards/ck-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        user("lanhdao.ck", "Nguyễn Văn Lãnh Đạo", "WARD_LEADER", null);
        user("canbo.ck.ca", "Trần Thị Cán Bộ", "WARD_OFFICER", "ca");
        mvc.perform(post("lanhdao.ck", "/api/v1/wards/ck-mot/indicator-catalogue", "")).andExpect(status().isOk());
        // February: 3 received, 2 online (66,67 %); 2 resolved, 1 in time (50,00 %)
        String csv = """
                dossier_code,channel,received_at,due_at,resolved_at
                K1,ONLINE,2026-02-02,2026-02-10,2026-02-09
                K2,ONLINE,2026-02-03,2026-02-10,2026-02-12
                K3,IN_PERSON,2026-02-04,2026-02-10,
                """;
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/ck-mot/dossier-imports")
                        .file(new MockMultipartFile("file", "ck.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        Api.awaitImport(mvc, location);
    }

    @Test
    void aValueIsPublishedOnlyOnceItsFormIsApprovedOrItsPeriodLocked() throws Exception {
        value("DDDT", "2026-05", "90", null, "Số liệu do anh Tuấn gọi 0905123456 báo");
        value("CKS", "2026-05", "10", "Người dân chưa quen dùng chữ ký số", null);
        value("DDDT-TK", "2026-05", "1200", null, null);
        String draft = anonymous(SUMMARY).getContentAsString();
        assertThat(JsonPath.<List<String>>read(draft, "$.indicators[?(@.period == '2026-05')].code")).isEmpty();
        mvc.perform(post("canbo.ck.ca", "/api/v1/wards/ck-mot/forms/ca/2026-05/submit", ""))
                .andExpect(status().isOk());
        String submitted = anonymous(SUMMARY).getContentAsString();
        assertThat(JsonPath.<List<String>>read(submitted, "$.indicators[?(@.period == '2026-05')].code")).isEmpty();
        assertThat(anonymous("/api/v1/public/wards/ck-mot/summary.csv?year=2026").getContentAsString())
                .doesNotContain(",2026-05,DDDT");
        mvc.perform(post("lanhdao.ck", "/api/v1/wards/ck-mot/forms/ca/2026-05/approve", ""))
                .andExpect(status().isOk());
        String approved = anonymous(SUMMARY).getContentAsString();
        assertThat(JsonPath.<List<String>>read(approved, "$.indicators[?(@.period == '2026-05')].code"))
                .containsExactlyInAnyOrder("CKS", "DDDT", "DDDT-TK");
        // 90 against the catalogue's 95: within 10 % → AMBER, with its target beside it
        assertThat(JsonPath.<List<Double>>read(approved, "$.indicators[?(@.code == 'DDDT' && @.period == '2026-05')].value")).containsExactly(90.0);
        assertThat(JsonPath.<List<Double>>read(approved, "$.indicators[?(@.code == 'DDDT' && @.period == '2026-05')].target")).containsExactly(95.0);
        assertThat(JsonPath.<List<String>>read(approved, "$.indicators[?(@.code == 'DDDT' && @.period == '2026-05')].status")).containsExactly("AMBER");
        // nothing personal: no comment, explanation, user name or full name
        for (String body : List.of(approved, anonymous("/api/v1/public/wards/ck-mot/summary.csv?year=2026")
                .getContentAsString(), anonymous("/cong-khai/ck-mot?year=2026").getContentAsString())) {
            assertThat(body).doesNotContain("0905123456", "anh Tuấn", "chưa quen", "lanhdao.ck", "canbo.ck.ca",
                    "Nguyễn Văn Lãnh Đạo", "Trần Thị Cán Bộ", "comment", "explanation", "updatedBy");
        }
        assertThat(anonymous("/api/v1/public/wards/ck-mot/summary.csv?year=2026").getContentAsString())
                .contains(",2026-05,DDDT,");
        // a draft value of July is published when the leader locks July
        value("DDDT", "2026-07", "93", null, null);
        assertThat(JsonPath.<List<String>>read(anonymous(SUMMARY).getContentAsString(),
                "$.indicators[?(@.period == '2026-07')].code")).isEmpty();
        mvc.perform(post("lanhdao.ck", "/api/v1/wards/ck-mot/indicator-locks/2026-07", ""))
                .andExpect(status().is2xxSuccessful());
        assertThat(JsonPath.<List<Double>>read(anonymous(SUMMARY).getContentAsString(),
                "$.indicators[?(@.period == '2026-07')].value")).containsExactly(93.0);
    }

    @Test
    void theDossierMonthsAreThoseOfTheStatisticsApiAndNeedNoLogin() throws Exception {
        String body = anonymous(SUMMARY).getContentAsString();
        assertThat(JsonPath.<String>read(body, "$.wardName")).isEqualTo("Phường Công Khai");
        assertThat(JsonPath.<String>read(body, "$.dossiers[1].month")).isEqualTo("2026-02");
        assertThat(JsonPath.<Integer>read(body, "$.dossiers[1].received")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(body, "$.dossiers[1].online")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(body, "$.dossiers[1].resolved")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(body, "$.dossiers[1].onTime")).isEqualTo(1);
        assertThat(JsonPath.<Double>read(body, "$.dossiers[1].onlineRate")).isEqualTo(66.67);
        assertThat(JsonPath.<Double>read(body, "$.dossiers[1].onTimeRate")).isEqualTo(50.0);
        assertThat(JsonPath.<Object>read(body, "$.dossiers[0].onlineRate")).isNull();
        // an-hai's demo figures equal its statistics APIs, month by month and for the tasks
        String anHai = anonymous("/api/v1/public/wards/an-hai/summary").getContentAsString();
        for (int m = 1; m <= WardTime.today().getMonthValue(); m++) {
            java.time.YearMonth month = java.time.YearMonth.of(WardTime.thisYear(), m);
            String stats = mvc.perform(get("lanhdao.anhai", "/api/v1/wards/an-hai/dossier-stats?from=" + month.atDay(1)
                    + "&to=" + month.atEndOfMonth())).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<Integer>read(anHai, "$.dossiers[" + (m - 1) + "].received"))
                    .isEqualTo(JsonPath.<Integer>read(stats, "$.newlyReceived"));
            assertThat(JsonPath.<Object>read(anHai, "$.dossiers[" + (m - 1) + "].onTimeRate"))
                    .isEqualTo(JsonPath.read(stats, "$.onTimeRate"));
        }
        String tasks = mvc.perform(get("lanhdao.anhai", "/api/v1/wards/an-hai/task-stats"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(anHai, "$.tasks.assigned")).isEqualTo(JsonPath.<Integer>read(tasks, "$.assigned"));
        assertThat(JsonPath.<Object>read(anHai, "$.tasks.completionRate"))
                .isEqualTo(JsonPath.read(tasks, "$.completionRate"));
        assertThat(anHai).doesNotContain("canbo.anhai", "lanhdao.anhai", "Nguyễn Thị Lan");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/wards/khong-co/summary")).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/wards/ck-mot/summary?year=2999"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void itIsCachedFiveMinutesAndRevalidatedByItsEtag() throws Exception {
        for (String path : List.of(SUMMARY, "/api/v1/public/wards/ck-mot/summary.csv?year=2026")) {
            MockHttpServletResponse first = anonymous(path);
            assertThat(first.getHeader("Cache-Control")).contains("max-age=300", "public");
            String etag = first.getHeader("ETag");
            assertThat(etag).startsWith("\"").hasSizeGreaterThan(60);
            mvc.perform(MockMvcRequestBuilders.get(path).header("If-None-Match", etag))
                    .andExpect(status().isNotModified())
                    .andExpect(r -> assertThat(r.getResponse().getContentAsByteArray()).isEmpty());
            mvc.perform(MockMvcRequestBuilders.get(path).header("If-None-Match", "\"other\""))
                    .andExpect(status().isOk());
        }
        // a new figure in the database changes the answer at once, and so its ETag
        String before = anonymous(SUMMARY).getHeader("ETag");
        value("DDDT", "2026-09", "91", null, null);
        mvc.perform(post("lanhdao.ck", "/api/v1/wards/ck-mot/indicator-locks/2026-09", ""));
        assertThat(anonymous(SUMMARY).getHeader("ETag")).isNotEqualTo(before);
    }

    @Test
    void thePublicPageIsReadableWithoutAnAccountAndLinkedFromTheWardPage() throws Exception {
        String page = anonymous("/cong-khai/ck-mot?year=2026").getContentAsString();
        assertThat(page).contains("Công khai số liệu Phường Công Khai", "Hồ sơ thủ tục hành chính theo tháng",
                "66,67%", "/api/v1/public/wards/ck-mot/summary.csv?year=2026");
        String ward = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(accounts.loadUserByUsername("lanhdao.anhai"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(ward).contains("href=\"/cong-khai/an-hai\"");
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)).andExpect(status().isOk()).andReturn().getResponse();
    }

    private void value(String code, String period, String value, String explanation, String comment) throws Exception {
        mvc.perform(put("canbo.ck.ca", "/api/v1/wards/ck-mot/indicator-values/" + code + "/" + period,
                        "{\"value\":" + value + (explanation == null ? "" : ",\"explanation\":\"" + explanation + "\"")
                                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}"))
                .andExpect(status().isOk());
    }

    private void user(String username, String fullName, String role, String unit) throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"%s","role":"%s","wardCode":"ck-mot",%s"password":"ward57-demo"}
                """.formatted(username, fullName, role, unit == null ? "" : "\"unitCode\":\"" + unit + "\",")))
                .andExpect(status().isCreated());
    }
}
