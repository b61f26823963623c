package vn.ward57.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * A report states its period's figures as of its last day (issue 20), on a ward of its own (bc-theo-ky):
 * <pre>
 *   2025 KHCN-01  estimate 200.000.000; paid 150.000.000 on 01/8/2025                → 75,00%
 *   2026 CDS-01   estimate 1.056.000.000, −56.000.000 on 01/7/2026;
 *                 paid 120.000.000 on 10/3/2026 and 100.000.000 on 15/9/2026 (the case)
 *   to 06/6/2026: 2026 adjusted 1.056.000.000 (01/7 is after), disbursed 120.000.000 → 11,36%
 *   to 31/12/2026: adjusted 1.000.000.000, disbursed 220.000.000                    → 22,00%
 *   cameras: 2 in to-1 installed 01/3/2025; 3 in to-2 installed 10/6/2026 → on 06/6/2026: 2 in 1 group
 * </pre>
 */
@Ward57Test
class ReportAsOfTest {

    private static final String W = "/api/v1/wards/bc-theo-ky";
    private static final String OFFICER = "canbo.bctk";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'bc-theo-ky'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-bctk\",\"name\":\"Tỉnh Theo Kỳ\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-bctk/wards", "{\"code\":\"bc-theo-ky\",\"name\":\"Phường Theo Kỳ\"}"))
                .andExpect(status().isCreated());
        for (String[] u : List.of(new String[]{"lanhdao.bctk", "WARD_LEADER"}, new String[]{OFFICER, "WARD_OFFICER"})) {
            mvc.perform(post("admin", "/api/v1/users", """
                    {"username":"%s","fullName":"%s","role":"%s","wardCode":"bc-theo-ky","password":"ward57-demo"}
                    """.formatted(u[0], u[0], u[1]))).andExpect(status().isCreated());
        }
        for (int n = 1; n <= 2; n++) {
            mvc.perform(post("admin", W + "/residential-groups",
                    "{\"code\":\"to-" + n + "\",\"name\":\"Tổ dân phố " + n + "\",\"households\":100}"))
                    .andExpect(status().isCreated());
        }
        long khcn = line(2025, "KHCN", 200_000_000L);
        pay(khcn, "2025-08-01", 150_000_000L);
        long cds = line(2026, "CDS", 1_056_000_000L);
        pay(cds, "2026-03-10", 120_000_000L);
        pay(cds, "2026-09-15", 100_000_000L);
        mvc.perform(post(OFFICER, W + "/budget-lines/" + cds + "/adjustments",
                "{\"decidedOn\":\"2026-07-01\",\"amount\":-56000000,\"document\":\"5/QĐ-UBND\"}"))
                .andExpect(status().isCreated());
        camera("to-1", 2, "\"2025-03-01\"");
        camera("to-2", 3, "\"2026-06-10\"");
    }

    @Test
    void anEighteenMonthReviewStatesBothFiscalYearsAsOfItsEndInTheTextTheAppendixAndTheDocx() throws Exception {
        long id = draft("2025-01-01", "2026-06-06");
        String content = body("/api/v1/reports/" + id + "/content");
        assertThat(text(content, "budget.2025.TOTAL.adjusted")).isEqualTo("200.000.000 đồng");
        assertThat(text(content, "budget.2025.TOTAL.disbursementRate")).isEqualTo("75,00%");
        // the 100.000.000 paid on 15/9/2026 and the cut of 01/7/2026 are after the period
        assertThat(text(content, "budget.2026.TOTAL.disbursed")).isEqualTo("120.000.000 đồng");
        assertThat(text(content, "budget.2026.TOTAL.adjusted")).isEqualTo("1.056.000.000 đồng");
        assertThat(text(content, "budget.2026.TOTAL.disbursementRate")).isEqualTo("11,36%");
        // budget.TOTAL.* is the year the period ends in, for the narrative's fields
        assertThat(text(content, "budget.TOTAL.disbursed")).isEqualTo("120.000.000 đồng");
        assertThat(label(content, "budget.TOTAL.disbursed")).isEqualTo("Đã giải ngân năm 2026 đến ngày 06/6/2026");
        List<String> lines = JsonPath.read(content, "$.sections[?(@.key == 'p1.6')].generated[*]");
        assertThat(lines).containsExactly(
                "Năm 2025: dự toán 200.000.000 đồng, sau điều chỉnh 200.000.000 đồng; giải ngân trong kỳ 150.000.000 đồng; "
                        + "đã giải ngân đến thời điểm báo cáo 150.000.000 đồng, đạt 75,00%.",
                "Năm 2026: dự toán 1.056.000.000 đồng, sau điều chỉnh 1.056.000.000 đồng; giải ngân trong kỳ "
                        + "120.000.000 đồng; đã giải ngân đến thời điểm báo cáo 120.000.000 đồng, đạt 11,36%.");
        List<List<String>> rows = JsonPath.read(content, "$.appendices[?(@.number == 'XI')].rows[*].cells");
        assertThat(rows).contains(List.of("1", "Khoa học và công nghệ", "200.000.000", "200.000.000", "150.000.000",
                        "150.000.000", "75,00%"),
                List.of("", "Cộng năm 2026", "1.056.000.000", "1.056.000.000", "120.000.000", "120.000.000", "11,36%"));
        assertThat(text(content, "asset.cameras")).isEqualTo("2");
        assertThat(text(content, "asset.cameraGroups")).isEqualTo("1");
        assertThat(content).doesNotContain("theo số liệu hiện tại");

        String docx = docxText("/api/v1/reports/" + id + "/document.docx");
        assertThat(docx).contains("Phụ lục XI", "KINH PHÍ CHO KHCN, ĐMST, CĐS THEO NĂM NGÂN SÁCH", "Năm 2025",
                "Cộng năm 2025", "Cộng năm 2026", "Năm 2025: dự toán 200.000.000 đồng",
                "đã giải ngân đến thời điểm báo cáo 120.000.000 đồng, đạt 11,36%",
                "Có 2 camera an ninh đang hoạt động tại 1/2 tổ dân phố.")
                .doesNotContain("220.000.000").doesNotContain("theo số liệu hiện tại");
    }

    @Test
    void theFigureCatalogueGivesTheSameValuesAsOfThePeriodsEnd() throws Exception {
        String values = body(W + "/figures?from=2025-01-01&to=2026-06-06");
        // the fiscal year of 06/6/2026 as of that day; paid within the period over both years: 150 + 120 million
        assertThat(value(values, "BUDGET_ADJUSTED")).isEqualTo(1_056_000_000d);
        assertThat(value(values, "BUDGET_DISBURSED")).isEqualTo(120_000_000d);
        assertThat(value(values, "BUDGET_DISBURSED_IN_PERIOD")).isEqualTo(270_000_000d);
        assertThat(value(values, "BUDGET_DISBURSEMENT_RATE")).isEqualTo(11.36);
        assertThat(value(values, "CAMERAS")).isEqualTo(2d);
        assertThat(value(values, "CAMERA_GROUP_SHARE")).isEqualTo(50d);
        assertThat(value(values, "RESIDENTIAL_GROUPS")).isEqualTo(2d);
        assertThat(JsonPath.<List<String>>read(values, "$[?(@.code == 'CAMERAS')].asOf")).containsExactly("2026-06-06");
        assertThat(JsonPath.<List<String>>read(values, "$[?(@.code == 'CAMERAS')].source"))
                .containsExactly("Sổ thiết bị: camera tại tổ dân phố");
        String year = body(W + "/figures?period=2026");
        assertThat(value(year, "BUDGET_DISBURSED")).isEqualTo(220_000_000d);
        assertThat(value(year, "BUDGET_DISBURSEMENT_RATE")).isEqualTo(22d);
        assertThat(value(year, "CAMERAS")).isEqualTo(5d);
        assertThat(value(year, "CAMERA_GROUP_SHARE")).isEqualTo(100d);
        mvc.perform(get(OFFICER, W + "/figures?from=2026-06-06&to=2026-01-01")).andExpect(status().isBadRequest());
        mvc.perform(get("canbo.anhai", W + "/figures?period=2026")).andExpect(status().isForbidden());
    }

    private static Double value(String json, String code) {
        List<Number> v = JsonPath.read(json, "$[?(@.code == '" + code + "')].value");
        assertThat(v).as(code).hasSize(1);
        return v.getFirst() == null ? null : v.getFirst().doubleValue();
    }

    @Test
    void aPeriodThatHoldsTheLaterPaymentCountsIt() throws Exception {
        String content = body("/api/v1/reports/" + draft("2026-01-01", "2026-12-31") + "/content");
        assertThat(text(content, "budget.TOTAL.disbursed")).isEqualTo("220.000.000 đồng");
        assertThat(text(content, "budget.TOTAL.adjusted")).isEqualTo("1.000.000.000 đồng");
        assertThat(text(content, "budget.TOTAL.disbursementRate")).isEqualTo("22,00%");
        assertThat(JsonPath.<List<String>>read(content, "$.sections[?(@.key == 'p1.6')].generated[*]")).hasSize(1);
        // 2 + 3 cameras on 31/12/2026
        assertThat(text(content, "asset.cameras")).isEqualTo("5");
    }

    @Test
    void aCameraWithoutAnInstallationDateMarksTheCameraFigure() throws Exception {
        String created = mvc.perform(post(OFFICER, W + "/assets", """
                {"kind":"CAMERA","name":"Camera chưa rõ ngày","group":"to-2","quantity":1}
                """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        try {
            long id = draft("2025-01-01", "2026-06-06");
            String content = body("/api/v1/reports/" + id + "/content");
            assertThat(text(content, "asset.cameras")).isEqualTo("3 (theo số liệu hiện tại)");
            assertThat(text(content, "asset.cameraGroups")).isEqualTo("2");
            assertThat(label(content, "asset.cameras")).endsWith("(theo số liệu hiện tại: 1 camera chưa có ngày lắp đặt)");
            assertThat(docxText("/api/v1/reports/" + id + "/document.docx"))
                    .contains("Có 3 (theo số liệu hiện tại) camera an ninh đang hoạt động tại 2/2 tổ dân phố.");
        } finally {
            mvc.perform(delete(OFFICER, W + "/assets/" + JsonPath.<Integer>read(created, "$.id")))
                    .andExpect(status().isNoContent());
        }
    }

    @Test
    void eachIndicatorIsJudgedOnTheLatestPeriodOfItsTypeLyingWithinTheReport() throws Exception {
        // target 80% for 2030; each has a value in the period chosen and one in a period reaching past 06/6/2026
        indicator("TK-NAM", "YEAR", "2025", "90", "2026", "10");
        indicator("TK-QUY", "QUARTER", "2026Q1", "90", "2026Q2", "10");
        indicator("TK-THANG", "MONTH", "2026-05", "10", "2026-06", "90");
        String content = body("/api/v1/reports/" + draft("2025-01-01", "2026-06-06") + "/content");
        // 2025 (90) and 2026Q1 (90) reach the target, 2026-05 (10) does not; 2026, 2026Q2, 2026-06 are not used
        assertThat(text(content, "indicator.green")).isEqualTo("2");
        assertThat(text(content, "indicator.red")).isEqualTo("1");
        assertThat(text(content, "indicator.total")).isEqualTo("3");
        assertThat(label(content, "indicator.green"))
                .isEqualTo("Chỉ tiêu đạt (mỗi chỉ tiêu theo kỳ gần nhất nằm trọn trong kỳ báo cáo: Năm 2025, Quý I/2026, Tháng 5/2026)");
        // a report of one quarter is an exact catalogue period: each indicator in its own period containing the end
        String quarter = body("/api/v1/reports/" + draft("2026-04-01", "2026-06-30") + "/content");
        assertThat(text(quarter, "indicator.green")).isEqualTo("1");
        assertThat(text(quarter, "indicator.red")).isEqualTo("2");
    }

    private void indicator(String code, String type, String... values) throws Exception {
        mvc.perform(post("lanhdao.bctk", W + "/indicators", """
                {"code":"%s","name":"Chỉ tiêu %s","unit":"PERCENT","direction":"HIGHER","periodType":"%s","source":"ENTERED"}
                """.formatted(code, code, type))).andExpect(status().isCreated());
        mvc.perform(vn.ward57.Api.put("lanhdao.bctk", W + "/indicators/" + code + "/targets/2030", "{\"target\":80}"))
                .andExpect(status().isNoContent());
        for (int i = 0; i < values.length; i += 2) {
            mvc.perform(vn.ward57.Api.put(OFFICER, W + "/indicator-values/" + code + "/" + values[i],
                    "{\"value\":" + values[i + 1] + "}")).andExpect(status().isOk());
        }
    }

    private long line(int year, String category, long estimate) throws Exception {
        String body = mvc.perform(post("lanhdao.bctk", W + "/budget-lines", """
                {"fiscalYear":%d,"category":"%s","code":"%s-01","name":"Dòng %s","estimate":%d}
                """.formatted(year, category, category, category, estimate)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void pay(long line, String on, long amount) throws Exception {
        mvc.perform(post(OFFICER, W + "/disbursements",
                "{\"budgetLineId\":%d,\"paidOn\":\"%s\",\"amount\":%d}".formatted(line, on, amount)))
                .andExpect(status().isCreated());
    }

    private void camera(String group, int quantity, String installed) throws Exception {
        mvc.perform(post(OFFICER, W + "/assets", """
                {"kind":"CAMERA","name":"Camera %s","group":"%s","quantity":%d,"installedOn":%s}
                """.formatted(group, group, quantity, installed))).andExpect(status().isCreated());
    }

    private long draft(String from, String to) throws Exception {
        String created = mvc.perform(post(OFFICER, W + "/reports",
                        "{\"kind\":\"NQ57_RESULTS\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(from, to)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(created, "$.id");
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(OFFICER, path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String docxText(String path) throws Exception {
        byte[] docx = mvc.perform(get(OFFICER, path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
             var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String text(String content, String key) {
        return JsonPath.read(content, "$.figures['" + key + "'].text");
    }

    private static String label(String content, String key) {
        return JsonPath.read(content, "$.figures['" + key + "'].label");
    }
}
