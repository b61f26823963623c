package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.hamcrest.Matchers;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Issue 19: a one-stop system's XLSX export as it comes — three title rows, a two-row header with merged
 * cells, STT, a line of column numbers, the field merged down each group, dates as Excel serials, date
 * cells and text, the status with its date in one cell, totals and signatures under the table — read
 * through a saved profile without editing the file.
 */
@Ward57Test
class VendorLayoutImportTest {

    private static final String PROFILE = """
            {"name": "Một cửa XLSX", "columns": {"dossier_code": "Số hồ sơ", "channel": "Kênh nộp",
             "received_at": "Thời gian Tiếp nhận", "due_at": "Hẹn trả", "field": "Lĩnh vực",
             "procedure_code": "Mã TTHC"},
             "statusColumn": "Tình trạng",
             "resolvedValues": ["Đã trả kết quả"], "withdrawnValues": ["Đã rút", "Từ chối"]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aVendorExportIsReadAsItComes() throws Exception {
        ward("nhacc-mot");
        String done = importFile("nhacc-mot", export("Trực tuyến", "Đã trả kết quả ngày 03/07/2026"));
        assertThat(JsonPath.<String>read(done, "$.status")).as(done).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(done, "$.rowsRead")).isEqualTo(10);
        assertThat(JsonPath.<Integer>read(done, "$.rowsInserted")).isEqualTo(10);
        // VL-01…04 are same-day procedures (40 %): 01 and 02 resolved that day (on time), 03 withdrawn that
        // day, 04 pending with its due day past (overdue). VL-05 early (3 < 6), VL-06 late (8 > 7), VL-07
        // refused ("Từ chối": withdrawn by the profile), VL-08 pending within deadline (due 5/8), VL-09 and
        // VL-10 resolved on their due day. Online 03 04 05 08 09; in person 01 02 06 10; postal 07.
        mvc.perform(get("admin", "/api/v1/wards/nhacc-mot/dossier-stats?from=2026-07-01&to=2026-07-31"))
                .andExpect(jsonPath("$.newlyReceived").value(10))
                .andExpect(jsonPath("$.newOnline").value(5))
                .andExpect(jsonPath("$.newInPerson").value(4))
                .andExpect(jsonPath("$.newPostal").value(1))
                .andExpect(jsonPath("$.resolved").value(6))
                .andExpect(jsonPath("$.resolvedEarly").value(1))
                .andExpect(jsonPath("$.resolvedOnTime").value(4))
                .andExpect(jsonPath("$.resolvedLate").value(1))
                .andExpect(jsonPath("$.withdrawn").value(2))
                .andExpect(jsonPath("$.pendingOverdue").value(1))
                .andExpect(jsonPath("$.pendingWithinDeadline").value(1))
                .andExpect(jsonPath("$.onTimeRate").value(83.33))
                .andExpect(jsonPath("$.onlineRate").value(50.00));
        assertThat(one("select field from dossier where code = 'VL-03'")).isEqualTo("Chứng thực");
        assertThat(one("select field from dossier where code = 'VL-07'")).isEqualTo("Hộ tịch");
        assertThat(one("select procedure_code from dossier where code = 'VL-10'")).isEqualTo("1.004120");
        assertThat(jdbc.sql("select received_at from dossier where code = 'VL-01'").query(LocalDateTime.class)
                .single()).isEqualTo(LocalDateTime.of(2026, 7, 10, 8, 15));
        assertThat(jdbc.sql("select withdrawn_at from dossier where code = 'VL-03'").query(LocalDateTime.class)
                .single()).isEqualTo(LocalDateTime.of(2026, 7, 13, 15, 0));
    }

    @Test
    void errorsNameTheRowAsTheSheetShowsIt() throws Exception {
        ward("nhacc-hai");
        String failed = importFile("nhacc-hai", export("Fax", "Đã trả kết quả ngày 03/07/2026"));
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<Integer>read(failed, "$.errorTotal")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(failed, "$.errors[0].row")).isEqualTo(11);   // VL-05, under 6 rows
        assertThat(JsonPath.<String>read(failed, "$.errors[0].value")).isEqualTo("Fax");
    }

    @Test
    void aStatusThatEndsTheDossierButIsNotInTheProfileIsAnError() throws Exception {
        ward("nhacc-ba");
        mvc.perform(put("admin", "/api/v1/wards/nhacc-ba/import-profiles/Một cửa XLSX",
                PROFILE.replace(", \"Từ chối\"", ""))).andExpect(status().isOk());
        String failed = importFile("nhacc-ba", export("Trực tuyến", "Đã trả kết quả ngày 03/07/2026"), false);
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<Integer>read(failed, "$.errors[0].row")).isEqualTo(13);
        assertThat(JsonPath.<String>read(failed, "$.errors[0].message")).startsWith("Trạng thái „Từ chối“ cho biết");
    }

    @Test
    void anEndedStatusWithoutADateAnywhereIsAnError() throws Exception {
        ward("nhacc-nam");
        String failed = importFile("nhacc-nam", export("Trực tuyến", "Đã trả kết quả"));
        assertThat(JsonPath.<Integer>read(failed, "$.errors[0].row")).isEqualTo(11);
        assertThat(JsonPath.<String>read(failed, "$.errors[0].column")).isEqualTo("resolved_at");
        assertThat(JsonPath.<String>read(failed, "$.errors[0].message"))
                .startsWith("Trạng thái „Đã trả kết quả“ cho biết hồ sơ đã kết thúc nhưng không ghi ngày");
    }

    @Test
    void theProfilePageReadsTheHeaderUnderTheTitleRowsAndSuggestsTheStatusValues() throws Exception {
        ward("nhacc-bon");
        mvc.perform(MockMvcRequestBuilders.multipart("/wards/nhacc-bon/import-profiles/sample")
                        .file(new MockMultipartFile("file", "mau.xlsx", "application/octet-stream", export("Trực tuyến", "Đã trả kết quả ngày 03/07/2026")))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Các cột trong tệp mẫu: STT, Số hồ sơ, Lĩnh vực")))
                .andExpect(content().string(Matchers.containsString("<option value=\"Thời gian Tiếp nhận\">")))
                .andExpect(content().string(Matchers.containsString("<option value=\"Hẹn trả\">")))
                .andExpect(content().string(Matchers.containsString("value=\"Tình trạng\"")))
                .andExpect(content().string(Matchers.containsString("Từ chối")));
    }

    /** The export; VL-05's channel and status are given (a wrong one makes an error at row 11). */
    private static byte[] export(String channel05, String status05) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "MotCua", "1.0");
        Worksheet s = workbook.newWorksheet("DanhSach");
        String[] titles = {"ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI", "DANH SÁCH HỒ SƠ TIẾP NHẬN VÀ GIẢI QUYẾT",
            "Từ ngày 01/07/2026 đến ngày 31/07/2026"};
        for (int r = 0; r < 3; r++) {
            s.value(r, 0, titles[r]);
            s.range(r, 0, r, 8).merge();
        }
        String[] upper = {"STT", "Số hồ sơ", "Lĩnh vực", "Mã TTHC", "Kênh nộp", "Thời gian", null, "Tình trạng", "Ghi chú"};
        for (int c = 0; c < upper.length; c++) {
            if (upper[c] != null) {
                s.value(3, c, upper[c]);
            }
            if (c != 5 && c != 6) {
                s.range(3, c, 4, c).merge();
            }
        }
        s.range(3, 5, 3, 6).merge();
        s.value(4, 5, "Tiếp nhận");
        s.value(4, 6, "Hẹn trả");
        for (int c = 0; c < 9; c++) {
            s.value(5, c, "(" + (c + 1) + ")");
        }
        Object[][] rows = {
            {"VL-01", "2.000815", "Trực tiếp", 46213.34375, 46213, "Đã trả kết quả ngày 10/07/2026"},
            {"VL-02", "2.000815", "Trực tiếp", LocalDateTime.of(2026, 7, 10, 9, 0), LocalDate.of(2026, 7, 10),
                "DA TRA KET QUA 10/07/2026"},
            {"VL-03", "2.000815", "Trực tuyến", "13/07/2026 14:00", "13/07/2026", "Đã rút (13/07/2026 15:00)"},
            {"VL-04", "2.000815", "Trực tuyến", 46217.5, 46217, "Đang xử lý"},
            {"VL-05", "1.001193", channel05, "01/07/2026 08:00", "06/07/2026 17:00", status05},
            {"VL-06", "1.001193", "Trực tiếp", "02/07/2026", "07/07/2026", "Đã trả kết quả ngày 08/07/2026"},
            {"VL-07", "1.001193", "BCCI", "03/07/2026", "08/07/2026", "Từ chối ngày 05/07/2026"},
            {"VL-08", 1.00412, "Trực tuyến", "20/07/2026 08:00", "05/08/2026", "Đang xử lý"},
            {"VL-09", 1.00412, "Trực tuyến", "21/07/2026", "24/07/2026", "Đã trả kết quả ngày 24/07/2026 16:00"},
            {"VL-10", 1.00412, "Trực tiếp", "22/07/2026 09:00", "27/07/2026 17:00", "đã trả kết quả 27/07/2026"}};
        String[] fields = {"Chứng thực", null, null, null, "Hộ tịch", null, null, "Đất đai", null, null};
        for (int i = 0; i < rows.length; i++) {
            int r = 6 + i;
            s.value(r, 0, i + 1);
            s.value(r, 1, (String) rows[i][0]);
            if (fields[i] != null) {
                s.value(r, 2, fields[i]);
            }
            cell(s, r, 3, rows[i][1]);
            s.value(r, 4, (String) rows[i][2]);
            cell(s, r, 5, rows[i][3]);
            cell(s, r, 6, rows[i][4]);
            s.value(r, 7, (String) rows[i][5]);
        }
        s.range(6, 2, 9, 2).merge();
        s.range(10, 2, 12, 2).merge();
        s.range(13, 2, 15, 2).merge();
        s.value(16, 0, "Tổng cộng");
        s.range(16, 0, 16, 1).merge();
        s.value(16, 4, "10 hồ sơ");
        s.value(18, 1, "Người lập biểu");
        s.value(18, 7, "Thủ trưởng đơn vị");
        workbook.finish();
        return out.toByteArray();
    }

    private static void cell(Worksheet s, int r, int c, Object value) {
        switch (value) {
            case LocalDateTime at -> {
                s.value(r, c, at);
                s.style(r, c).format("dd/mm/yyyy hh:mm").set();
            }
            case LocalDate day -> {
                s.value(r, c, day);
                s.style(r, c).format("dd/mm/yyyy").set();
            }
            case Double d when d < 10 -> {              // a procedure code typed as a number
                s.value(r, c, d);
                s.style(r, c).format("0.000000").set();
            }
            case Number n -> s.value(r, c, n);          // an Excel serial in a General cell
            default -> s.value(r, c, value.toString());
        }
    }

    private String one(String sql) {
        return jdbc.sql(sql).query(String.class).single();
    }

    private void ward(String code) throws Exception {
        if (jdbc.sql("select count(*) from province where code = 'tinh-nhacc'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-nhacc\",\"name\":\"Tỉnh Nhà cung cấp\"}"));
        }
        mvc.perform(post("admin", "/api/v1/provinces/tinh-nhacc/wards",
                "{\"code\":\"" + code + "\",\"name\":\"Phường " + code + "\"}"));
    }

    private String importFile(String ward, byte[] content) throws Exception {
        mvc.perform(put("admin", "/api/v1/wards/" + ward + "/import-profiles/Một cửa XLSX", PROFILE))
                .andExpect(status().isOk());
        return importFile(ward, content, false);
    }

    private String importFile(String ward, byte[] content, boolean skipInvalid) throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/dossier-imports")
                        .file(new MockMultipartFile("file", "mot-cua.xlsx", "application/octet-stream", content))
                        .param("profile", "Một cửa XLSX").param("skipInvalid", String.valueOf(skipInvalid))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        return Api.awaitImport(mvc, location);
    }
}
