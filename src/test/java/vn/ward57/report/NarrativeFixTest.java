package vn.ward57.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.Ward57Test;

/**
 * "Thay bằng số liệu hệ thống" through the API (issue 20, item 4), each test on a ward of its own that holds no
 * data (every count of the period is 0, so a typed 999 tasks disagrees), and the ward's directive register in
 * the narrative check: Kế hoạch 15/KH-UBND of 03/3/2025.
 */
@Ward57Test
class NarrativeFixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void theSystemsFigureReplacesExactlyTheTypedNumberAndTheProblemGoes() throws Exception {
        String officer = ward("fix-a");
        String r = "/api/v1/reports/" + draft(officer, "fix-a", "MONTHLY");
        // a live field before the number in its paragraph: the place is counted in the text as the check reads it
        String typed = "<p>Cổng thông tin có 999 lượt truy cập.</p><p>Đã có <span data-field=\"task.done\">0</span> việc "
                + "xong; tổng số nhiệm vụ được giao: <b>999</b> nhiệm vụ, <em>cần rà soát</em>.</p>";
        section(officer, r, "m2", typed);
        Map<String, Object> fix = fixOf(officer, r, "NARRATIVE_SYSTEM_MISMATCH");
        assertThat(fix).containsEntry("section", "m2").containsEntry("paragraph", 1).containsEntry("written", "999")
                .containsEntry("replacement", "0");

        String done = body(post(officer, r + "/checks/fix", json.writeValueAsString(fix)));
        String fixed = typed.replace("<b>999</b>", "<b>0</b>");
        assertThat(JsonPath.<String>read(done, "$.section.html")).isEqualTo(fixed);
        assertThat(JsonPath.<String>read(done, "$.replaced.replacement")).isEqualTo("0");
        assertThat(JsonPath.<List<String>>read(done, "$.problems[*].check")).doesNotContain("NARRATIVE_SYSTEM_MISMATCH");
        assertThat(stored(officer, r, "m2")).isEqualTo(fixed);

        // the same click again: the number is no longer there, nothing changes
        mvc.perform(post(officer, r + "/checks/fix", json.writeValueAsString(fix))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không còn ở vị trí đó")));
        assertThat(stored(officer, r, "m2")).isEqualTo(fixed);
    }

    @Test
    void aFixIsRefusedWhenTheTextChangedSinceTheCheck() throws Exception {
        String officer = ward("fix-b");
        String r = "/api/v1/reports/" + draft(officer, "fix-b", "WEEKLY_BULLETIN");
        section(officer, r, "w4", "<p>Tổng số nhiệm vụ được giao: 999 nhiệm vụ.</p>");
        Map<String, Object> fix = fixOf(officer, r, "NARRATIVE_SYSTEM_MISMATCH");
        // the officer saved again meanwhile: the same number, a few characters later
        String moved = "<p>Trong tuần, tổng số nhiệm vụ được giao: 999 nhiệm vụ.</p>";
        section(officer, r, "w4", moved);
        mvc.perform(post(officer, r + "/checks/fix", json.writeValueAsString(fix))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("“999” không còn ở vị trí đó")));
        assertThat(stored(officer, r, "w4")).isEqualTo(moved);
        // a place the check never listed (a number it does not mark) is refused the same way
        fix.put("start", 0);
        fix.put("end", 5);
        fix.put("written", "Trong");
        mvc.perform(post(officer, r + "/checks/fix", json.writeValueAsString(fix))).andExpect(status().isConflict());
        // and a body that names no place at all
        mvc.perform(post(officer, r + "/checks/fix", "{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fix"));
        assertThat(stored(officer, r, "w4")).isEqualTo(moved);
    }

    @Test
    void aFixIsRefusedOnceTheReportIsNoLongerADraft() throws Exception {
        String officer = ward("fix-c");
        String r = "/api/v1/reports/" + draft(officer, "fix-c", "MONTHLY");
        section(officer, r, "m2", "<p>Tổng số nhiệm vụ được giao: 999 nhiệm vụ.</p>");
        Map<String, Object> fix = fixOf(officer, r, "NARRATIVE_SYSTEM_MISMATCH");
        // the report is FINAL by the time the click arrives, the wrong number still in place (written straight to
        // the table: finalising refuses a HIGH problem, and only a number still there makes the refusal matter)
        jdbc.sql("update report set status = 'FINAL', snapshot = '{}'::jsonb where id = ?")
                .param(Long.parseLong(r.substring(r.lastIndexOf('/') + 1))).update();
        mvc.perform(post(officer, r + "/checks/fix", json.writeValueAsString(fix))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không sửa được nữa")));
        assertThat(jdbc.sql("select html from report_section where report_id = ? and section_key = 'm2'")
                .param(Long.parseLong(r.substring(r.lastIndexOf('/') + 1))).query(String.class).single())
                .contains("999");
    }

    @Test
    void aWrongDateOfTheWardsOwnDirectiveIsFoundAndTheRightOneIsNot() throws Exception {
        String officer = ward("fix-d");
        mvc.perform(post(officer, "/api/v1/wards/fix-d/directives", """
                {"type":"KH","number":"15/KH-UBND","issuedOn":"2025-03-03","issuer":"UBND phường fix-d",
                 "title":"Kế hoạch chuyển đổi số năm 2025","signerRole":"HEAD","issuedByWard":true}
                """)).andExpect(status().isCreated());
        String r = "/api/v1/reports/" + draft(officer, "fix-d", "MONTHLY");
        section(officer, r, "m5", "<p>Tiếp tục thực hiện Kế hoạch số 15/KH-UBND ngày 05/3/2025 của UBND phường.</p>");
        String checks = body(get(officer, r + "/checks"));
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'NARRATIVE_DATE')].message")).singleElement()
                .asString().contains("15/KH-UBND", "03/3/2025", "05/3/2025");
        // the date too is replaced in one click
        String done = body(post(officer, r + "/checks/fix", json.writeValueAsString(fixOf(officer, r, "NARRATIVE_DATE"))));
        assertThat(JsonPath.<String>read(done, "$.section.html"))
                .isEqualTo("<p>Tiếp tục thực hiện Kế hoạch số 15/KH-UBND ngày 03/3/2025 của UBND phường.</p>");
        assertThat(JsonPath.<List<String>>read(done, "$.problems[*].check")).doesNotContain("NARRATIVE_DATE");
        section(officer, r, "m5", "<p>Căn cứ Kế hoạch số 15/KH-UBND ngày 03 tháng 3 năm 2025 của UBND phường.</p>");
        assertThat(JsonPath.<List<String>>read(body(get(officer, r + "/checks")), "$[*].check"))
                .doesNotContain("NARRATIVE_DATE");
    }

    @Test
    void theEndpointIsInTheApiDescription() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{reportId}/checks/fix'].post.tags[0]").value("Báo cáo"));
    }

    /** A ward, its province and its officer (whose name is returned), all named after the code. */
    private String ward(String code) throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-%s\",\"name\":\"Tỉnh %s\"}".formatted(code, code)));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-%s/wards".formatted(code),
                "{\"code\":\"%s\",\"name\":\"Phường %s\"}".formatted(code, code))).andExpect(status().isCreated());
        String officer = "canbo." + code.replace("-", "");
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"%s","role":"WARD_OFFICER","wardCode":"%s","password":"ward57-demo"}
                """.formatted(officer, officer, code))).andExpect(status().isCreated());
        return officer;
    }

    private long draft(String officer, String ward, String kind) throws Exception {
        String made = body(post(officer, "/api/v1/wards/" + ward + "/reports",
                "{\"kind\":\"%s\",\"from\":\"2026-05-01\",\"to\":\"2026-05-31\"}".formatted(kind)), 201);
        return JsonPath.<Number>read(made, "$.id").longValue();
    }

    private void section(String officer, String r, String key, String html) throws Exception {
        mvc.perform(put(officer, r + "/sections/" + key, json.writeValueAsString(Map.of("html", html))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.html").value(html));
    }

    private String stored(String officer, String r, String key) throws Exception {
        return JsonPath.<List<String>>read(body(get(officer, r + "/sections")), "$[?(@.key == '" + key + "')].html").getFirst();
    }

    /** The fix the check lists with its one problem of a kind. */
    private Map<String, Object> fixOf(String officer, String r, String check) throws Exception {
        List<Map<String, Object>> fixes = JsonPath.read(body(get(officer, r + "/checks")),
                "$[?(@.check == '" + check + "')].fix");
        assertThat(fixes).hasSize(1).doesNotContainNull();
        return new java.util.LinkedHashMap<>(fixes.getFirst());
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return body(request, 200);
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }
}
