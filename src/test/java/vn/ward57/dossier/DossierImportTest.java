package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

@Ward57Test
class DossierImportTest {

    private static final String CANONICAL = """
            \uFEFFdossier_code,channel,received_at,due_at,resolved_at,withdrawn_at,procedure_code,field,digitised_input,digitised_result,fee_required,paid_online
            HS-1,ONLINE,2026-01-15,2026-01-20,2026-01-19,,1.001612,Hộ tịch,1,1,có,có
            HS-2,Trực tiếp,15/01/2026 08:30,2026-01-25 17:00,,,1.001612,Hộ tịch,0,0,không,không
            HS-3,BCCI,2026-01-16T09:00,20/01/2026,20/01/2026 16:00,,2.000001,Chứng thực,x,,true,false
            HS-4,Bưu chính công ích,2026-01-17,2026-01-30,,2026-01-18,2.000001,Chứng thực,,,,
            HS-5,IN_PERSON,2026-01-18,2026-01-18,,,2.000001,Chứng thực,false,false,0,0
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code like 'nhap-%'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-nhap\",\"name\":\"Tỉnh Nhập\"}"));
            for (String w : new String[] {"nhap-mot", "nhap-hai", "nhap-ba", "nhap-bon", "nhap-nam"}) {
                mvc.perform(post("admin", "/api/v1/provinces/tinh-nhap/wards",
                        "{\"code\":\"" + w + "\",\"name\":\"Phường " + w + "\"}"));
            }
        }
    }

    @Test
    void aCanonicalCsvWithBomIsImportedAndReimportingChangesNothing() throws Exception {
        String done = importFile("nhap-mot", "hoso.csv", CANONICAL.getBytes(StandardCharsets.UTF_8), false);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(done, "$.rowsRead")).isEqualTo(5);
        assertThat(JsonPath.<Integer>read(done, "$.percentDone")).isEqualTo(100);
        assertThat(JsonPath.<Integer>read(done, "$.rowsInserted")).isEqualTo(5);
        // January: new 5 (online HS-1, in person HS-2 HS-5, postal HS-3 HS-4); resolved HS-1 early, HS-3 on time;
        // withdrawn HS-4; pending HS-2 (due 25) and HS-5 (due 18): both due before the 31st, so overdue
        mvc.perform(get("admin", "/api/v1/wards/nhap-mot/dossier-stats?from=2026-01-01&to=2026-01-31"))
                .andExpect(jsonPath("$.newlyReceived").value(5))
                .andExpect(jsonPath("$.newOnline").value(1))
                .andExpect(jsonPath("$.newInPerson").value(2))
                .andExpect(jsonPath("$.newPostal").value(2))
                .andExpect(jsonPath("$.resolvedEarly").value(1))
                .andExpect(jsonPath("$.resolvedOnTime").value(1))
                .andExpect(jsonPath("$.withdrawn").value(1))
                .andExpect(jsonPath("$.pendingOverdue").value(2))
                .andExpect(jsonPath("$.pendingWithinDeadline").value(0))
                .andExpect(jsonPath("$.digitisedInputRate").value(40.00))   // HS-1 HS-3 of 5
                .andExpect(jsonPath("$.onlinePaymentRate").value(50.00));   // HS-1 of HS-1 HS-3

        String again = importFile("nhap-mot", "hoso.csv", CANONICAL.getBytes(StandardCharsets.UTF_8), false);
        assertThat(JsonPath.<Integer>read(again, "$.rowsInserted")).isZero();
        assertThat(JsonPath.<Integer>read(again, "$.rowsUpdated")).isZero();

        String newer = CANONICAL.replace("HS-2,Trực tiếp,15/01/2026 08:30,2026-01-25 17:00,,",
                "HS-2,Trực tiếp,15/01/2026 08:30,2026-01-25 17:00,2026-01-24,") + "HS-6,ONLINE,2026-02-01,2026-02-05,,,,,,,,\n";
        String overlap = importFile("nhap-mot", "hoso-moi.csv", newer.getBytes(StandardCharsets.UTF_8), false);
        assertThat(JsonPath.<Integer>read(overlap, "$.rowsInserted")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(overlap, "$.rowsUpdated")).isEqualTo(1);
        assertThat(count("nhap-mot")).isEqualTo(6);
    }

    @Test
    void vietnameseHeadersAreRecognised() throws Exception {
        String csv = """
                Mã hồ sơ;Mã thủ tục;Lĩnh vực;Hình thức nộp;Ngày tiếp nhận;Hạn xử lý;Ngày trả kết quả;Số hoá đầu vào
                VN-1;1.001612;Hộ tịch;Trực tuyến;02/03/2026 08:00;05/03/2026 17:00;04/03/2026 10:00;Có
                VN-2;1.001612;Hộ tịch;Trực tiếp;03/03/2026 09:15;06/03/2026 17:00;;Không
                """.replace(';', ',');
        String done = importFile("nhap-hai", "mot-cua.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(done, "$.rowsInserted")).isEqualTo(2);
        assertThat(jdbc.sql("select digitised_input from dossier where code = 'VN-1'").query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void anyInvalidRowWritesNothingAndEveryErrorIsReported() throws Exception {
        String csv = """
                dossier_code,channel,received_at,due_at,resolved_at,withdrawn_at
                OK-1,ONLINE,2026-03-01,2026-03-05,,
                ,ONLINE,2026-03-01,2026-03-05,,
                BAD-2,FAX,2026-03-01,2026-03-05,,
                BAD-3,ONLINE,31/02/2026,2026-03-05,,
                BAD-4,ONLINE,2026-03-10,2026-03-05,,
                BAD-5,ONLINE,2026-03-10,2026-03-15,2026-03-09,
                BAD-6,ONLINE,2026-03-10,2026-03-15,2026-03-11,2026-03-12
                DUP-7,ONLINE,2026-03-10,2026-03-15,,
                DUP-7,IN_PERSON,2026-03-10,2026-03-15,,
                SAME-8,ONLINE,2026-03-10,2026-03-15,,
                SAME-8,ONLINE,2026-03-10,2026-03-15,,
                """;
        String failed = importFile("nhap-ba", "loi.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(failed, "$.message")).startsWith("Có 8 lỗi; không ghi hồ sơ nào.");
        assertThat(JsonPath.<Integer>read(failed, "$.errorTotal")).isEqualTo(8);
        assertThat(JsonPath.<Integer>read(failed, "$.rowsRejected")).isEqualTo(8);
        assertThat(JsonPath.<String>read(failed, "$.errors[0].message")).isEqualTo("Thiếu giá trị bắt buộc.");
        assertThat(JsonPath.<Integer>read(failed, "$.errors[0].row")).isEqualTo(3);
        assertThat(JsonPath.<String>read(failed, "$.errors[0].column")).isEqualTo("dossier_code");
        assertThat(JsonPath.<String>read(failed, "$.errors[1].value")).isEqualTo("FAX");
        assertThat(JsonPath.<String>read(failed, "$.errors[2].message")).startsWith("Ngày không hợp lệ");
        assertThat(JsonPath.<String>read(failed, "$.errors[3].message")).isEqualTo("Hạn xử lý trước ngày tiếp nhận.");
        assertThat(JsonPath.<String>read(failed, "$.errors[4].message")).isEqualTo("Ngày có kết quả trước ngày tiếp nhận.");
        assertThat(JsonPath.<String>read(failed, "$.errors[5].message")).isEqualTo("Hồ sơ vừa có kết quả vừa bị rút.");
        assertThat(JsonPath.<String>read(failed, "$.errors[6].message"))
                .isEqualTo("Mã hồ sơ lặp lại trong tệp với dữ liệu khác nhau.");
        assertThat(count("nhap-ba")).isZero();

        String skipped = importFile("nhap-ba", "loi.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(JsonPath.<String>read(skipped, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(skipped, "$.rowsInserted")).isEqualTo(2);   // OK-1, SAME-8 once
        assertThat(JsonPath.<Integer>read(skipped, "$.rowsRejected")).isEqualTo(8);
        assertThat(count("nhap-ba")).isEqualTo(2);
    }

    @Test
    void anXlsxWorkbookWithRealDateCellsIsImported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ward57", "1.0");
        Worksheet sheet = workbook.newWorksheet("Hồ sơ");
        String[] headers = {"Mã hồ sơ", "Hình thức nộp", "Ngày tiếp nhận", "Hạn giải quyết", "Ngày có kết quả"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        sheet.value(1, 0, "X-1");
        sheet.value(1, 1, "Trực tuyến");
        sheet.value(1, 2, LocalDateTime.of(2026, 4, 1, 8, 30));
        sheet.style(1, 2).format("dd/mm/yyyy hh:mm").set();
        sheet.value(1, 3, LocalDateTime.of(2026, 4, 3, 17, 0));
        sheet.style(1, 3).format("dd/mm/yyyy").set();
        sheet.value(1, 4, "03/04/2026 10:00");
        sheet.value(2, 0, "X-2");
        sheet.value(2, 1, "BCCI");
        sheet.value(2, 2, "02/04/2026");
        sheet.value(2, 3, "10/04/2026");
        workbook.finish();
        String done = importFile("nhap-bon", "mot-cua.xlsx", out.toByteArray(), false);
        assertThat(JsonPath.<String>read(done, "$.status")).as(done).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(done, "$.rowsInserted")).isEqualTo(2);
        assertThat(jdbc.sql("select received_at from dossier where code = 'X-1'").query(LocalDateTime.class).single())
                .isEqualTo(LocalDateTime.of(2026, 4, 1, 8, 30));
        mvc.perform(get("admin", "/api/v1/wards/nhap-bon/dossier-stats?from=2026-04-01&to=2026-04-30"))
                .andExpect(jsonPath("$.resolvedOnTime").value(1));
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithoutRightsIsRefused() throws Exception {
        String missing = importFile("nhap-nam", "sai.csv", "ma,ten\n1,2\n".getBytes(StandardCharsets.UTF_8), false);
        assertThat(JsonPath.<String>read(missing, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(missing, "$.message"))
                .startsWith("Tệp thiếu cột bắt buộc: dossier_code, channel, received_at, due_at.");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/nhap-nam/dossier-imports")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", CANONICAL.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("canbo.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/nhap-nam/dossier-imports")
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void aRunningImportShowsItsProgressAndACancelWritesNothing() throws Exception {
        var csv = new java.io.StringWriter();
        new vn.ward57.demo.DossierExportGenerator(7).writeCsv(csv, "C", java.time.LocalDate.of(2025, 1, 1),
                java.time.LocalDate.of(2026, 6, 30), 300_000, vn.ward57.demo.DossierExportGenerator.Layout.CANONICAL);
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nhap/wards", "{\"code\":\"nhap-huy\",\"name\":\"Hủy\"}"));
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/nhap-huy/dossier-imports")
                        .file(new MockMultipartFile("file", "lon.csv", "text/csv",
                                csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        String running = null;
        for (int i = 0; i < 600 && running == null; i++) {
            String body = mvc.perform(get("admin", location)).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<String>read(body, "$.status")).as("still running").isIn("QUEUED", "RUNNING");
            if (JsonPath.<Integer>read(body, "$.rowsRead") >= 30_000) {   // a tenth of the file
                running = body;
            }
            Thread.sleep(20);
        }
        assertThat(running).as("progress was reported").isNotNull();
        assertThat(JsonPath.<Integer>read(running, "$.percentDone")).isBetween(8, 40);
        mvc.perform(post("admin", location + "/cancel", "")).andExpect(status().isOk());
        String done = null;
        for (int i = 0; i < 300 && done == null; i++) {
            String body = mvc.perform(get("admin", location)).andReturn().getResponse().getContentAsString();
            done = List.of("QUEUED", "RUNNING").contains(JsonPath.read(body, "$.status")) ? null : body;
            Thread.sleep(100);
        }
        assertThat(done).as("finished after cancel; last: " + mvc.perform(get("admin", location)).andReturn().getResponse().getContentAsString()).isNotNull();
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(done, "$.message")).isEqualTo("Đã hủy; không ghi hồ sơ nào.");
        assertThat(count("nhap-huy")).isZero();
    }

    @Test
    void theSameGeneratedExportAsCanonicalCsvAndVietnameseXlsxGivesTheSameFigures() throws Exception {
        var generator = new vn.ward57.demo.DossierExportGenerator(42);
        var csv = new java.io.StringWriter();
        generator.writeCsv(csv, "G", java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 6, 30), 2_000,
                vn.ward57.demo.DossierExportGenerator.Layout.CANONICAL);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        generator.writeXlsx(xlsx, "G", java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 6, 30), 2_000,
                vn.ward57.demo.DossierExportGenerator.Layout.VIETNAMESE);
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nhap/wards", "{\"code\":\"nhap-csv\",\"name\":\"CSV\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nhap/wards", "{\"code\":\"nhap-xlsx\",\"name\":\"XLSX\"}"));
        assertThat(JsonPath.<Integer>read(importFile("nhap-csv", "g.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), false), "$.rowsInserted")).isEqualTo(2_000);
        assertThat(JsonPath.<Integer>read(importFile("nhap-xlsx", "g.xlsx", xlsx.toByteArray(), false),
                "$.rowsInserted")).isEqualTo(2_000);
        String period = "/dossier-stats?from=2026-03-01&to=2026-03-31";
        String fromCsv = mvc.perform(get("admin", "/api/v1/wards/nhap-csv" + period)).andReturn().getResponse()
                .getContentAsString();
        String fromXlsx = mvc.perform(get("admin", "/api/v1/wards/nhap-xlsx" + period)).andReturn().getResponse()
                .getContentAsString();
        assertThat(fromXlsx).isEqualTo(fromCsv);
        assertThat(JsonPath.<Integer>read(fromCsv, "$.carriedOver")).isPositive();
        assertThat(JsonPath.<Double>read(fromCsv, "$.onlineRate")).isBetween(70.0, 90.0);
    }

    @Test
    void errorsInAnXlsxFileNameTheRowAsExcelShowsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ward57", "1.0");
        Worksheet sheet = workbook.newWorksheet("Hồ sơ");
        String[][] rows = {{"dossier_code", "channel", "received_at", "due_at"},
                {"R-2", "ONLINE", "2026-05-02", "2026-05-05"},
                {"R-3", "FAX", "2026-05-02", "2026-05-05"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                sheet.value(r, c, rows[r][c]);
            }
        }
        workbook.finish();
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nhap/wards", "{\"code\":\"nhap-dong\",\"name\":\"Dòng\"}"));
        String failed = importFile("nhap-dong", "dong.xlsx", out.toByteArray(), false);
        assertThat(JsonPath.<Integer>read(failed, "$.errors[0].row")).isEqualTo(3);
        assertThat(JsonPath.<String>read(failed, "$.errors[0].value")).isEqualTo("FAX");
    }

    @Test
    void aWardWithDossiersCannotBeDeleted() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nhap/wards", "{\"code\":\"nhap-xoa\",\"name\":\"Xóa\"}"));
        importFile("nhap-xoa", "a.csv", "dossier_code,channel,received_at,due_at\nD-1,ONLINE,2026-01-02,2026-01-05\n"
                .getBytes(StandardCharsets.UTF_8), false);
        mvc.perform(vn.ward57.Api.delete("admin", "/api/v1/wards/nhap-xoa"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Không thể xóa vì vẫn còn dữ liệu liên quan (Hồ sơ). Hãy xóa hoặc chuyển dữ liệu đó trước."));
        assertThat(count("nhap-xoa")).isEqualTo(1);
    }

    private String importFile(String ward, String name, byte[] content, boolean skipInvalid) throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/dossier-imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("skipInvalid", String.valueOf(skipInvalid))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getHeader("Location");
        return Api.awaitImport(mvc, location);
    }

    private long count(String ward) {
        return jdbc.sql("select count(*) from dossier d join ward w on w.id = d.ward_id where w.code = ?")
                .param(ward).query(Long.class).single();
    }
}
