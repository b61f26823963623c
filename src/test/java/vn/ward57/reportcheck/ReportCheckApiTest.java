package vn.ward57.reportcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * POST /api/v1/report-checks and GET /api/v1/report-checks/{id} (issue 24) on a ward of its own whose data the
 * test makes: 3 residential groups and nothing else, so the report's "5 tổ dân phố" disagrees with the system's 3,
 * and its "120 hồ sơ (70 trực tuyến và 40 trực tiếp)" disagrees with itself (70 + 40 = 110).
 */
@Ward57Test
@SuppressWarnings("unchecked")
class ReportCheckApiTest {

    static final String REPORT = """
            ỦY BAN NHÂN DÂN PHƯỜNG RC-A
            BÁO CÁO
            Kết quả thực hiện Nghị quyết 57-NQ/TW tháng 11/2026

            I. KẾT QUẢ THỰC HIỆN
            Toàn phường có 5 tổ dân phố, mỗi tổ có một tổ công nghệ số cộng đồng.
            Trong tháng, bộ phận một cửa tiếp nhận 120 hồ sơ (70 trực tuyến và 40 trực tiếp).
            Phường triển khai Nghị quyết số 57-NQ/TW ngày 10/6/2024 của Bộ Chính trị.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWardsReportIsCheckedAgainstItselfAndTheWardsFiguresOfThePeriodItStates() throws Exception {
        String officer = ward("rc-a");
        for (int i = 1; i <= 3; i++) {
            mvc.perform(post(officer, "/api/v1/wards/rc-a/residential-groups",
                    "{\"code\":\"to-%d\",\"name\":\"Tổ dân phố %d\",\"households\":50}".formatted(i, i))).andExpect(status().isCreated());
        }
        var created = mvc.perform(upload(officer, "bao-cao.txt", REPORT.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse();
        long id = JsonPath.<Number>read(created.getContentAsString(), "$.id").longValue();
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/report-checks/" + id);

        String body = mvc.perform(get(officer, "/api/v1/report-checks/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.from").value("2026-11-01")).andExpect(jsonPath("$.to").value("2026-11-30"))
                .andReturn().getResponse().getContentAsString();
        Map<String, Object> groups = only(body, "SYSTEM_MISMATCH", "tổ dân phố");
        assertThat(groups).containsEntry("severity", "HIGH").containsEntry("expected", "3");
        assertThat((List<Object>) groups.get("numbers")).contains("5");
        assertThat((Map<String, Object>) groups.get("location")).containsEntry("place", "dòng 6")
                .containsEntry("heading", "I. KẾT QUẢ THỰC HIỆN");

        Map<String, Object> sum = only(body, "SUM", "120 hồ sơ");
        assertThat(sum).containsEntry("severity", "HIGH").containsEntry("expected", "110");
        assertThat(sum.get("explanation").toString()).contains("120").contains("110");
        assertThat((Map<String, Object>) sum.get("location")).containsEntry("place", "dòng 7");

        Map<String, Object> date = only(body, "DATE", "57-NQ/TW ngày");
        assertThat(date).containsEntry("expected", "22/12/2024");

        // another ward's officer learns nothing of it; an unknown number is 404
        mvc.perform(get("canbo.anhai", "/api/v1/report-checks/" + id)).andExpect(status().isForbidden());
        mvc.perform(get(officer, "/api/v1/report-checks/987654321")).andExpect(status().isNotFound());
    }

    @Test
    void aProvinceChecksWithoutAWardAndThenNothingIsComparedWithTheSystem() throws Exception {
        ward("rc-b");
        mvc.perform(upload("admin", "bao-cao.md", REPORT.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("provinceCode"));
        var created = mvc.perform(upload("admin", "bao-cao.md", REPORT.getBytes(StandardCharsets.UTF_8),
                "provinceCode", "tinh-rc-b")).andExpect(status().isCreated()).andReturn().getResponse();
        long id = JsonPath.<Number>read(created.getContentAsString(), "$.id").longValue();
        String body = mvc.perform(get("admin", "/api/v1/report-checks/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.provinceCode").value("tinh-rc-b")).andExpect(jsonPath("$.wardCode").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.findings[*].kind")).contains("SUM", "DATE")
                .doesNotContain("SYSTEM_MISMATCH");
    }

    @Test
    void aProvinceReportWithoutAWardNamedIsComparedWithTheWardItsIssuerLineNames() throws Exception {
        String officer = ward("rc-f");
        mvc.perform(post(officer, "/api/v1/wards/rc-f/residential-groups",
                "{\"code\":\"to-1\",\"name\":\"Tổ 1\",\"households\":5}")).andExpect(status().isCreated());
        var created = mvc.perform(upload("admin", "bao-cao.docx.txt", REPORT.replace("RC-A", "RC-F")
                .getBytes(StandardCharsets.UTF_8), "provinceCode", "tinh-rc-f")).andExpect(status().isCreated())
                .andReturn().getResponse();
        long id = JsonPath.<Number>read(created.getContentAsString(), "$.id").longValue();
        String body = mvc.perform(get("admin", "/api/v1/report-checks/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.provinceCode").value("tinh-rc-f")).andExpect(jsonPath("$.wardCode").value("rc-f"))
                .andReturn().getResponse().getContentAsString();
        assertThat(only(body, "SYSTEM_MISMATCH", "tổ dân phố")).containsEntry("expected", "1");
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithItsReasonAndNothingIsKept() throws Exception {
        String officer = ward("rc-c");
        long before = jdbc.sql("select count(*) from ward_report_check").query(Long.class).single();
        mvc.perform(upload(officer, "anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("chỉ nhận báo cáo Word")));
        mvc.perform(upload(officer, "bao-cao.txt", REPORT.getBytes(StandardCharsets.UTF_8), "period", "Quý V/2026"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/report-checks").with(httpBasic(officer, Api.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        // a ward the officer does not belong to: refused before the file is read
        mvc.perform(upload(officer, "anh.png", new byte[] {1}, "wardCode", "an-hai")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from ward_report_check").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aViewerReadsChecksButKeepsNone() throws Exception {
        String officer = ward("rc-e");
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"xem.rce","fullName":"Người xem","role":"VIEWER","wardCode":"rc-e","password":"ward57-demo"}
                """)).andExpect(status().isCreated());
        var created = mvc.perform(upload(officer, "bao-cao.txt", REPORT.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse();
        long id = JsonPath.<Number>read(created.getContentAsString(), "$.id").longValue();
        mvc.perform(get("xem.rce", "/api/v1/report-checks/" + id)).andExpect(status().isOk());
        mvc.perform(upload("xem.rce", "bao-cao.txt", REPORT.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPeriodChosenOverridesTheOneTheTextStatesAndAnotherWardsReportIsNotComparedWithThisOnesData() throws Exception {
        String officer = ward("rc-d");
        var created = mvc.perform(upload(officer, "bao-cao.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                "period", "Quý IV/2026")).andExpect(status().isCreated()).andReturn().getResponse();
        long id = JsonPath.<Number>read(created.getContentAsString(), "$.id").longValue();
        mvc.perform(get(officer, "/api/v1/report-checks/" + id)).andExpect(jsonPath("$.from").value("2026-10-01"))
                .andExpect(jsonPath("$.to").value("2026-12-31")).andExpect(jsonPath("$.periodFound").value(false))
                // the report is rc-a's (its issuer line says so): rc-d's data is not compared with it
                .andExpect(jsonPath("$.otherWard").value(true))
                .andExpect(jsonPath("$.findings[?(@.kind == 'SYSTEM_MISMATCH')]").isEmpty());
    }

    /** The one finding of the kind whose quote holds the words. */
    static Map<String, Object> only(String body, String kind, String words) {
        List<Map<String, Object>> found = JsonPath.<List<Map<String, Object>>>read(body, "$.findings[*]").stream()
                .filter(f -> kind.equals(f.get("kind")) && f.get("quote").toString().contains(words)).toList();
        assertThat(found).as("%s findings quoting “%s” in %s", kind, words, body).hasSize(1);
        return found.getFirst();
    }

    static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(String user, String name, byte[] content, String... params) {
        var request = MockMvcRequestBuilders.multipart("/api/v1/report-checks")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(httpBasic(user, Api.PASSWORD));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /** For another test class: the same helpers on its MockMvc. */
    ReportCheckApiTest withMvc(MockMvc mvc) {
        this.mvc = mvc;
        return this;
    }

    /** A province and a ward of their own, with an officer of the ward (canbo.rca for rc-a). */
    String ward(String code) throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-%s\",\"name\":\"Tỉnh %s\"}".formatted(code, code)));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-%s/wards".formatted(code),
                "{\"code\":\"%s\",\"name\":\"Phường %s\"}".formatted(code, code))).andExpect(status().isCreated());
        String officer = "canbo." + code.replace("-", "");
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"Cán bộ %s","role":"WARD_OFFICER","wardCode":"%s","password":"ward57-demo"}
                """.formatted(officer, code, code))).andExpect(status().isCreated());
        return officer;
    }
}
