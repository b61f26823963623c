package vn.ward57.report;

import vn.ward57.report.domain.ReportFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.report.document.ReportTemplates;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.VietnameseFormat;

/**
 * The Word document of trung-thanh's 18-month review read back with Apache POI: every figure it states
 * equals what the statistics APIs answer for the same period; and a province's own template is used.
 */
@Ward57Test
class ReportDocumentApiTest {

    private static final String FROM = "2025-01-01";
    private static final String TO = "2026-06-30";

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportTemplates templates;
    @Autowired
    ReportFiles files;

    @Test
    void theDocumentStatesWhatTheStatisticsApisSay() throws Exception {
        long id = draft();
        String text = docxText("/api/v1/reports/" + id + "/document.docx");
        String dossiers = json("/api/v1/wards/trung-thanh/dossier-stats?from=" + FROM + "&to=" + TO);
        String tasks = json("/api/v1/wards/trung-thanh/task-stats?asOf=" + TO);
        // the report counts the Resolution-57 area's feedback only (issue 20)
        String feedback = json("/api/v1/wards/trung-thanh/feedback-stats?nq57Area=true&from=" + FROM + "&to=" + TO);
        long received = n(dossiers, "received");
        assertThat(received).isPositive();
        assertThat(text).contains("Tổng số hồ sơ tiếp nhận: " + VietnameseFormat.count(received) + " hồ sơ")
                .contains("trong đó trực tuyến " + VietnameseFormat.count(n(dossiers, "newOnline")) + "/"
                        + VietnameseFormat.count(n(dossiers, "newlyReceived")) + " hồ sơ, đạt "
                        + VietnameseFormat.percent(rate(dossiers, "onlineRate")))
                .contains("Đã giải quyết " + VietnameseFormat.count(n(dossiers, "resolved")) + " hồ sơ")
                .contains("trước và đúng hạn đạt " + VietnameseFormat.percent(rate(dossiers, "onTimeRate")))
                .contains("Tổng số nhiệm vụ được giao: " + VietnameseFormat.count(n(tasks, "assigned")) + ", trong đó:")
                .contains("Số nhiệm vụ quá hạn chưa hoàn thành: " + n(tasks, "overdueNotDone") + " nhiệm vụ")
                .contains("Tổng số PAKN, SKGP đã nhận được (chỉ tính phản ánh, kiến nghị thuộc lĩnh vực KHCN, ĐMST, CĐS): "
                        + VietnameseFormat.count(n(feedback, "received")) + ".")
                // the narrative's live field states the same received count as the generated line
                .contains("Tổng số hồ sơ tiếp nhận là " + VietnameseFormat.count(received) + " hồ sơ")
                .contains("Ngô Mạnh Tài").contains("KT. CHỦ TỊCH").contains("Lưu: VT, VHXH.")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        // Phụ lục IV states the period's online dossiers in its table
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download("/api/v1/reports/" + id + "/document.docx")))) {
            String tables = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .map(r -> r.getTableCells().stream().map(c -> c.getText().strip()).collect(Collectors.joining("|")))
                    .collect(Collectors.joining("\n"));
            assertThat(tables).contains("|Cấp xã|" + VietnameseFormat.count(n(dossiers, "newOnline")) + "|");
        }
    }

    @Test
    void theAppendicesComeAsAWorkbookAndThePdfWhenLibreOfficeIsThere() throws Exception {
        long id = draft();
        byte[] xlsx = download("/api/v1/reports/" + id + "/document.xlsx");
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
        var result = mvc.perform(get("canbo.trungthanh", "/api/v1/reports/" + id + "/document.pdf")).andReturn();
        if (files.pdfAvailable()) {
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");
        } else {
            assertThat(result.getResponse().getStatus()).isEqualTo(409);
            assertThat(result.getResponse().getContentAsString()).contains("LibreOffice");
        }
    }

    @Test
    void aProvinceReplacesAKindsTemplateWithItsOwnAndABrokenOneIsRefused() throws Exception {
        String t = "/api/v1/provinces/thai-nguyen/report-templates/WEEKLY_BULLETIN";
        mvc.perform(upload(t, "hong.docx", "không phải docx".getBytes(), "admin")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        // a file over the upload limit (20 MB) is refused without being read whole into memory
        mvc.perform(upload(t, "lon.docx", new byte[21 * 1024 * 1024], "admin")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tệp lớn quá 20 MB."));
        byte[] own;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(templates.shipped(ReportKind.WEEKLY_BULLETIN)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("MẪU RIÊNG CỦA TỈNH {{nonsense}}");
            doc.write(out);
            own = out.toByteArray();
        }
        mvc.perform(upload(t, "rieng.docx", own, "admin")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("{{nonsense}}")));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(templates.shipped(ReportKind.WEEKLY_BULLETIN)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("MẪU RIÊNG CỦA TỈNH");
            doc.write(out);
            own = out.toByteArray();
        }
        mvc.perform(upload(t, "rieng.docx", own, "canbo.trungthanh")).andExpect(status().isForbidden());
        mvc.perform(upload(t, "rieng.docx", own, "admin")).andExpect(status().isOk())
                .andExpect(jsonPath("$.ownFileName").value("rieng.docx"));
        String created = mvc.perform(post("canbo.trungthanh", "/api/v1/wards/trung-thanh/reports",
                "{\"kind\":\"WEEKLY_BULLETIN\",\"from\":\"2026-06-01\",\"to\":\"2026-06-07\"}")).andReturn().getResponse()
                .getContentAsString();
        long id = JsonPath.<Integer>read(created, "$.id");
        assertThat(docxText("/api/v1/reports/" + id + "/document.docx")).contains("MẪU RIÊNG CỦA TỈNH");
        mvc.perform(Api.delete("admin", t)).andExpect(status().isNoContent());
        assertThat(docxText("/api/v1/reports/" + id + "/document.docx")).doesNotContain("MẪU RIÊNG CỦA TỈNH");
    }

    @Test
    void theProvinceCollectsItsWardsFinalReports() throws Exception {
        String created = mvc.perform(post("canbo.trungthanh", "/api/v1/wards/trung-thanh/reports",
                "{\"kind\":\"WEEKLY_BULLETIN\",\"from\":\"2026-06-08\",\"to\":\"2026-06-14\"}")).andReturn().getResponse()
                .getContentAsString();
        long id = JsonPath.<Integer>read(created, "$.id");
        mvc.perform(Api.put("canbo.trungthanh", "/api/v1/reports/" + id, """
                {"number":"7","place":"Trung Thành","title":"Tuần 24","recipients":"Lưu: VT.","signerName":"Ngô Mạnh Tài"}"""))
                .andExpect(status().isOk());
        mvc.perform(post("lanhdao.trungthanh", "/api/v1/reports/" + id + "/finalise", "{\"reason\":\"Bản tin tuần\"}"))
                .andExpect(status().isOk());
        String list = json("/api/v1/provinces/thai-nguyen/reports?kind=WEEKLY_BULLETIN&from=2026-06-08&to=2026-06-14", "admin");
        assertThat(JsonPath.<java.util.List<Integer>>read(list, "$[*].id")).containsExactly((int) id);
        mvc.perform(get("admin", "/api/v1/provinces/thai-nguyen/reports.zip?kind=WEEKLY_BULLETIN&from=2026-06-08&to=2026-06-14"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/zip"));
        mvc.perform(get("canbo.trungthanh", "/api/v1/provinces/thai-nguyen/reports?kind=WEEKLY_BULLETIN&from=2026-06-08&to=2026-06-14"))
                .andExpect(status().isForbidden());
    }

    private long draft() throws Exception {
        String created = mvc.perform(post("canbo.trungthanh", "/api/v1/wards/trung-thanh/reports",
                        "{\"kind\":\"NQ57_RESULTS\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(FROM, TO)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(created, "$.id");
    }

    private org.springframework.test.web.servlet.RequestBuilder upload(String path, String name, byte[] bytes, String user) {
        return MockMvcRequestBuilders.multipart(org.springframework.http.HttpMethod.PUT, path)
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(user, Api.PASSWORD));
    }

    private String json(String path) throws Exception {
        return json(path, "canbo.trungthanh");
    }

    private String json(String path, String user) throws Exception {
        return mvc.perform(get(user, path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private byte[] download(String path) throws Exception {
        return mvc.perform(get("canbo.trungthanh", path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    private String docxText(String path) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(path)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static long n(String json, String field) {
        return JsonPath.<Number>read(json, "$." + field).longValue();
    }

    private static BigDecimal rate(String json, String field) {
        Object v = JsonPath.read(json, "$." + field);
        return v == null ? null : new BigDecimal(v.toString());
    }
}
