package vn.ward57.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * A report's life on a ward of its own (bc-ba), with data worked out by hand for 01/01/2026–30/6/2026:
 * meetings chaired by the head on 10/02 and 05/5 and by a deputy on 01/3 (one more by the head on
 * 20/12/2025, outside); one directive signed by the head on 15/01; one task from the 10/02 meeting due
 * 31/3 and not done (overdue on 30/6); a CDS budget line of 100.000.000 đồng with 120.000.000 disbursed
 * by the leader over the estimate.
 */
@Ward57Test
class ReportFlowTest {

    private static final String W = "/api/v1/wards/bc-ba";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'bc-ba'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-bc3\",\"name\":\"Tỉnh Báo cáo Ba\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-bc3/wards", "{\"code\":\"bc-ba\",\"name\":\"Phường Ba Bể\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("admin", W + "/units", "{\"code\":\"vp\",\"name\":\"Văn phòng HĐND và UBND\"}"));
        for (String[] u : List.of(new String[]{"lanhdao.bcba", "WARD_LEADER"}, new String[]{"canbo.bcba", "WARD_OFFICER"})) {
            mvc.perform(post("admin", "/api/v1/users", """
                    {"username":"%s","fullName":"%s","role":"%s","wardCode":"bc-ba","password":"ward57-demo"}
                    """.formatted(u[0], u[0], u[1]))).andExpect(status().isCreated());
        }
        meeting("2026-02-10", "HEAD");
        meeting("2026-05-05", "HEAD");
        meeting("2026-03-01", "DEPUTY");
        meeting("2025-12-20", "HEAD");
        mvc.perform(post("canbo.bcba", W + "/directives", """
                {"type":"KH","number":"01/KH-UBND","issuedOn":"2026-01-15","issuer":"UBND phường Ba Bể",
                 "title":"Kế hoạch chuyển đổi số năm 2026","signerRole":"HEAD","issuedByWard":true}
                """)).andExpect(status().isCreated());
        long meetingId = jdbc.sql("select m.id from meeting m join ward w on w.id = m.ward_id where w.code = 'bc-ba' "
                + "and held_on = '2026-02-10'").query(Long.class).single();
        mvc.perform(post("canbo.bcba", "/api/v1/meetings/" + meetingId + "/tasks", """
                {"code":"NV-01","title":"Rà soát hồ sơ trực tuyến","leadUnit":"vp","deadline":"2026-03-31"}
                """)).andExpect(status().isCreated());
        String line = mvc.perform(post("lanhdao.bcba", W + "/budget-lines", """
                {"fiscalYear":2026,"category":"CDS","code":"CDS-01","name":"Trang thiết bị","estimate":100000000}
                """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("lanhdao.bcba", W + "/disbursements", """
                {"budgetLineId":%d,"paidOn":"2026-04-01","amount":120000000,"overrideReason":"Bổ sung theo quyết định 12"}
                """.formatted(JsonPath.<Integer>read(line, "$.id")))).andExpect(status().isCreated());
    }

    @Test
    void aDraftStatesTheFiguresOfItsPeriodAndItsAppendixAgrees() throws Exception {
        long id = draft("NQ57_RESULTS", "2026-01-01", "2026-06-30");
        String content = body(get("canbo.bcba", "/api/v1/reports/" + id + "/content"));
        assertThat(text(content, "direction.meetingsByHead")).isEqualTo("2");
        assertThat(text(content, "direction.meetingsByDeputy")).isEqualTo("1");
        assertThat(text(content, "direction.documentsByHead")).isEqualTo("1");
        assertThat(text(content, "task.assigned")).isEqualTo("1");
        assertThat(text(content, "task.overdue")).isEqualTo("1");
        assertThat(text(content, "budget.CDS.disbursed")).isEqualTo("120.000.000 đồng");
        assertThat(text(content, "budget.TOTAL.disbursementRate")).isEqualTo("120,00%");
        // Phụ lục I states the same counts as the body's line
        List<String> appendixOne = JsonPath.read(content, "$.appendices[0].rows[0].cells");
        assertThat(appendixOne.subList(1, 5)).containsExactly("1", "0", "2", "1");
        List<String> lines = JsonPath.read(content, "$.sections[?(@.key == 'p1.2.1')].generated[0]");
        assertThat(lines.getFirst()).contains("ban hành 1 văn bản").contains("tổ chức 3 phiên họp");
        assertThat(JsonPath.<String>read(content, "$.header.number")).isEqualTo("Số:       /BC-UBND");
        assertThat(JsonPath.<String>read(content, "$.header.issuingBody")).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BA BỂ");
        assertThat(JsonPath.<String>read(content, "$.header.title")).endsWith("6 tháng đầu năm 2026");
    }

    @Test
    void finalisingIsRefusedOverHighProblemsNeedsAReasonOverOthersAndFreezesTheContent() throws Exception {
        long id = draft("NQ57_RESULTS", "2026-01-01", "2026-06-30");
        String r = "/api/v1/reports/" + id;
        // the officer typed the number of tasks instead of inserting it, and got it wrong
        mvc.perform(put("canbo.bcba", r + "/sections/p1.2.2",
                "{\"html\":\"<p>Tổng số nhiệm vụ được giao: <b>2</b> nhiệm vụ.</p><script>alert(1)</script>\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.html").value("<p>Tổng số nhiệm vụ được giao: <b>2</b> nhiệm vụ.</p>"));
        String checks = body(get("canbo.bcba", r + "/checks"));
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'NARRATIVE_SYSTEM_MISMATCH' && @.severity == 'HIGH')].message"))
                .singleElement().asString().contains("là 2").contains("là 1");
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'BUDGET')].severity")).containsExactly("MEDIUM");
        mvc.perform(post("canbo.bcba", r + "/finalise", "{\"reason\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post("lanhdao.bcba", r + "/finalise", "{\"reason\":\"Đã rà soát\"}")).andExpect(status().isConflict());

        // the figure inserted as a live field: the HIGH problem is gone, the MEDIUM ones need a reason
        mvc.perform(put("canbo.bcba", r + "/sections/p1.2.2",
                "{\"html\":\"<p>Tổng số nhiệm vụ được giao: <span data-field=\\\"task.assigned\\\">7</span>.</p>\"}"))
                .andExpect(status().isOk());
        checks = body(get("canbo.bcba", r + "/checks"));
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.severity == 'HIGH')].message")).isEmpty();
        mvc.perform(post("lanhdao.bcba", r + "/finalise", "{}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("lanhdao.bcba", r + "/finalise", "{\"reason\":\"Giải ngân vượt đã có quyết định bổ sung\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FINAL"))
                .andExpect(jsonPath("$.overrideReason").value("Giải ngân vượt đã có quyết định bổ sung"));
        String sent = body(get("canbo.bcba", r + "/content"));
        assertThat(JsonPath.<List<String>>read(sent, "$.sections[?(@.key == 'p1.2.2')].narrative").getFirst())
                .contains(">1</span>");

        String sentDocument = docxText(r + "/document.docx");
        assertThat(sentDocument).contains("người đứng đầu chủ trì 2");

        // the data changes afterwards: the FINAL report still shows what was sent; a new draft shows the change
        meeting("2026-06-01", "HEAD");
        String after = body(get("canbo.bcba", r + "/content"));
        assertThat(text(after, "direction.meetingsByHead")).isEqualTo("2");
        assertThat(after).isEqualTo(sent);
        assertThat(docxText(r + "/document.docx")).isEqualTo(sentDocument);
        long next = draft("NQ57_RESULTS", "2026-01-01", "2026-06-30");
        assertThat(text(body(get("canbo.bcba", "/api/v1/reports/" + next + "/content")), "direction.meetingsByHead"))
                .isEqualTo("3");
        // and the new draft starts from the sent report's narrative
        assertThat(body(get("canbo.bcba", "/api/v1/reports/" + next + "/sections"))).contains("data-field=\\\"task.assigned\\\"");
        mvc.perform(put("canbo.bcba", r + "/sections/p1.2.2", "{\"html\":\"<p>x</p>\"}")).andExpect(status().isConflict());
        mvc.perform(put("canbo.bcba", r, "{\"place\":\"Ba Bể\",\"title\":\"x\",\"recipients\":\"Lưu: VT.\"}"))
                .andExpect(status().isConflict());
        mvc.perform(delete("canbo.bcba", r)).andExpect(status().isConflict());
        mvc.perform(delete("canbo.bcba", "/api/v1/reports/" + next)).andExpect(status().isNoContent());
    }

    @Test
    void everyKindFillsEachFigureItsOutlineNames() throws Exception {
        for (String[] k : List.of(new String[]{"NQ57_RESULTS", "2025-01-01", "2026-06-30"},
                new String[]{"PLAN_BUDGET", "2025-01-01", "2025-12-31"}, new String[]{"MONTHLY", "2026-03-01", "2026-03-31"},
                new String[]{"WEEKLY_BULLETIN", "2026-03-02", "2026-03-08"})) {
            String content = body(get("canbo.bcba", "/api/v1/reports/" + draft(k[0], k[1], k[2]) + "/content"));
            List<String> lines = JsonPath.read(content, "$.sections[*].generated[*]");
            assertThat(lines).as(k[0]).isNotEmpty().noneMatch(l -> l.contains("…"));
        }
        // the plan for 2026: its estimate is the budget register's 2026 line, by category and in all
        String plan = body(get("canbo.bcba", "/api/v1/reports/" + draft("PLAN_BUDGET", "2025-01-01", "2025-12-31") + "/content"));
        assertThat(text(plan, "budget.next.TOTAL.estimate")).isEqualTo("100.000.000 đồng");
        assertThat(text(plan, "budget.next.CDS.estimate")).isEqualTo("100.000.000 đồng");
        assertThat(JsonPath.<List<List<String>>>read(plan, "$.appendices[1].rows[*].cells"))
                .contains(List.of("1", "Trang thiết bị", "", "100.000.000"), List.of("", "Tổng cộng", "", "100.000.000"));
        assertThat(JsonPath.<String>read(plan, "$.header.title")).endsWith("năm 2026");
    }

    @Test
    void aBrokenValidationRuleOfThePeriodIsListedWithItsImportance() throws Exception {
        // a rule on the ward's data: it must have registered its residential groups (it has none yet)
        mvc.perform(put("lanhdao.bcba", W + "/validation-rules/BC-TDP", """
                {"name":"Phường đã khai báo tổ dân phố","left":"metric:RESIDENTIAL_GROUPS","operator":">=","right":"1",
                 "missing":"NEVER_SKIP","importance":"HIGH"}
                """)).andExpect(status().is2xxSuccessful());
        long id = draft("MONTHLY", "2026-05-01", "2026-05-31");
        String checks = body(get("canbo.bcba", "/api/v1/reports/" + id + "/checks"));
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'RULE')].severity")).containsExactly("HIGH");
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'RULE')].message")).containsExactly(
                "Quy tắc không thỏa mãn, tháng 5 năm 2026: Phường đã khai báo tổ dân phố — Mức cao: 0 phải lớn hơn"
                        + " hoặc bằng 1.");
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'RULE')].link"))
                .containsExactly("/wards/bc-ba/validation-violations?period=2026-05");
        mvc.perform(post("lanhdao.bcba", W + "/residential-groups", "{\"code\":\"tdp-01\",\"name\":\"Tổ dân phố 1\"}"))
                .andExpect(status().isCreated());
        checks = body(get("canbo.bcba", "/api/v1/reports/" + id + "/checks"));
        assertThat(JsonPath.<List<String>>read(checks, "$[?(@.check == 'RULE')]")).isEmpty();
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() throws Exception {
        mvc.perform(post("canbo.bcba", W + "/reports", "{\"kind\":\"NQ57_RESULTS\",\"from\":\"2026-06-30\",\"to\":\"2026-01-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(post("canbo.bcba", W + "/reports", "{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("canbo.bcba", W + "/reports", "{\"kind\":\"NQ57_RESULTS\",\"from\":\"2020-01-01\",\"to\":\"2026-01-31\"}"))
                .andExpect(status().isBadRequest());
        long id = draft("WEEKLY_BULLETIN", "2026-06-01", "2026-06-07");
        String r = "/api/v1/reports/" + id;
        mvc.perform(put("canbo.bcba", r, "{\"number\":\"12/BC\",\"place\":\"Ba Bể\",\"title\":\"x\",\"recipients\":\"Lưu: VT.\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("number"));
        mvc.perform(put("canbo.bcba", r, "{\"place\":\"\",\"title\":\"x\",\"recipients\":\"Lưu: VT.\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("place"));
        mvc.perform(put("canbo.bcba", r, "{\"place\":\"Ba Bể\",\"title\":\"x\",\"recipients\":\"Lưu: VT.\",\"issuedOn\":\"2026-05-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("issuedOn"));
        mvc.perform(put("canbo.bcba", r + "/sections/khong-co", "{\"html\":\"<p>x</p>\"}")).andExpect(status().isNotFound());
        mvc.perform(put("canbo.bcba", r, """
                {"number":"12","place":"Ba Bể","title":"Tuần 23","recipients":"Lưu: VT.","issuedOn":"2026-06-08",
                 "signerMode":"TM","signerName":"Nguyễn Văn A"}""")).andExpect(status().isOk());
        String content = body(get("canbo.bcba", r + "/content"));
        assertThat(JsonPath.<String>read(content, "$.header.number")).isEqualTo("Số: 12/BT-UBND");
        assertThat(JsonPath.<String>read(content, "$.header.placeDate")).isEqualTo("Ba Bể, ngày 08 tháng 6 năm 2026");
        assertThat(JsonPath.<String>read(content, "$.header.signerMode")).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        mvc.perform(get("canbo.anhai", r)).andExpect(status().isForbidden());
    }

    private void meeting(String heldOn, String chair) throws Exception {
        mvc.perform(post("canbo.bcba", W + "/meetings", """
                {"heldOn":"%s","kind":"MONTHLY","title":"Họp %s","chairedBy":"%s"}""".formatted(heldOn, heldOn, chair)))
                .andExpect(status().isCreated());
    }

    private long draft(String kind, String from, String to) throws Exception {
        String created = mvc.perform(post("canbo.bcba", W + "/reports",
                        "{\"kind\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(kind, from, to)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(created, "$.id");
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String docxText(String path) throws Exception {
        byte[] docx = mvc.perform(get("canbo.bcba", path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String text(String content, String key) {
        return JsonPath.read(content, "$.figures['" + key + "'].text");
    }
}
