package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** Issue 19: a date without a time means that whole day, so same-day procedures import as they are. */
@Ward57Test
class SameDayImportTest {

    /** 10 dossiers of July 2026; NG-1 … NG-4 are same-day procedures (due the day of receipt, a date alone). */
    private static final String EXPORT = """
            dossier_code,channel,received_at,due_at,resolved_at,withdrawn_at
            NG-1,ONLINE,2026-07-10 08:15,2026-07-10,2026-07-10,
            NG-2,IN_PERSON,10/07/2026 09:00,10/07/2026,,10/07/2026
            NG-3,ONLINE,2026-07-13 14:00,2026-07-13,2026-07-13 16:30,
            NG-4,POSTAL,2026-07-14 10:00,14/07/2026,,
            NG-5,ONLINE,2026-07-01 08:00,2026-07-06 17:00,2026-07-03 10:00,
            NG-6,IN_PERSON,2026-07-02 08:00,2026-07-07 17:00,2026-07-07,
            NG-7,ONLINE,2026-07-03,2026-07-08,2026-07-09,
            NG-8,ONLINE,2026-07-20 08:00,2026-08-05 17:00,,
            NG-9,IN_PERSON,2026-07-21,2026-07-24,,2026-07-22 10:00
            NG-10,ONLINE,2026-07-22 09:00,2026-07-27 17:00,2026-07-27 17:30,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void sameDayProceduresImportAndCountOnTime() throws Exception {
        ward("ngay-mot");
        String done = importFile("ngay-mot", "mot-cua.csv", EXPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(JsonPath.<String>read(done, "$.status")).as(done).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(done, "$.rowsInserted")).isEqualTo(10);
        // new 10: online NG-1 3 5 7 8 10, in person NG-2 6 9, postal NG-4. Resolved 6: early NG-5 (3 < 6);
        // on time NG-1 and NG-3 (the day of receipt, which is the due day), NG-6 (7 = 7), NG-10 (17:30 on
        // the due day: by day); late NG-7 (9 > 8). Withdrawn NG-2 (same day) and NG-9. Pending NG-4 (due
        // 14 < 31: overdue) and NG-8 (due 5 August: within deadline).
        mvc.perform(get("admin", "/api/v1/wards/ngay-mot/dossier-stats?from=2026-07-01&to=2026-07-31"))
                .andExpect(jsonPath("$.newlyReceived").value(10))
                .andExpect(jsonPath("$.newOnline").value(6))
                .andExpect(jsonPath("$.newInPerson").value(3))
                .andExpect(jsonPath("$.newPostal").value(1))
                .andExpect(jsonPath("$.resolved").value(6))
                .andExpect(jsonPath("$.resolvedEarly").value(1))
                .andExpect(jsonPath("$.resolvedOnTime").value(4))
                .andExpect(jsonPath("$.resolvedLate").value(1))
                .andExpect(jsonPath("$.withdrawn").value(2))
                .andExpect(jsonPath("$.pending").value(2))
                .andExpect(jsonPath("$.pendingOverdue").value(1))
                .andExpect(jsonPath("$.pendingWithinDeadline").value(1))
                .andExpect(jsonPath("$.onTimeRate").value(83.33))
                .andExpect(jsonPath("$.onlineRate").value(60.00));
        assertThat(jdbc.sql("select due_at from dossier where code = 'NG-1'").query(LocalDateTime.class).single())
                .isEqualTo(LocalDate.of(2026, 7, 10).atStartOfDay());
    }

    @Test
    void whenBothHaveATimeTheExactCheckStays() throws Exception {
        ward("ngay-hai");
        String csv = """
                dossier_code,channel,received_at,due_at,resolved_at,withdrawn_at
                GIO-1,ONLINE,10/07/2026 08:15,10/07/2026 08:00,,
                GIO-2,ONLINE,10/07/2026 08:15,10/07/2026,10/07/2026 08:10,
                GIO-3,ONLINE,10/07/2026 08:15,10/07/2026,,09/07/2026
                """;
        String failed = importFile("ngay-hai", "gio.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<Integer>read(failed, "$.errorTotal")).isEqualTo(3);
        assertThat(JsonPath.<String>read(failed, "$.errors[0].message")).isEqualTo("Hạn xử lý trước ngày tiếp nhận.");
        assertThat(JsonPath.<String>read(failed, "$.errors[1].message"))
                .isEqualTo("Ngày có kết quả trước ngày tiếp nhận.");
        assertThat(JsonPath.<String>read(failed, "$.errors[2].column")).isEqualTo("withdrawn_at");
    }

    @Test
    void anXlsxDateCellWithoutATimeIsAWholeDay() throws Exception {
        ward("ngay-ba");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ward57", "1.0");
        Worksheet sheet = workbook.newWorksheet("Hồ sơ");
        String[] headers = {"Mã hồ sơ", "Hình thức nộp", "Ngày tiếp nhận", "Hạn xử lý", "Ngày có kết quả"};
        for (int c = 0; c < headers.length; c++) {
            sheet.value(0, c, headers[c]);
        }
        sheet.value(1, 0, "NGX-1");
        sheet.value(1, 1, "Trực tiếp");
        sheet.value(1, 2, LocalDateTime.of(2026, 7, 10, 8, 15));
        sheet.style(1, 2).format("dd/mm/yyyy hh:mm").set();
        sheet.value(1, 3, LocalDate.of(2026, 7, 10));
        sheet.style(1, 3).format("dd/mm/yyyy").set();
        sheet.value(1, 4, LocalDate.of(2026, 7, 10));
        sheet.style(1, 4).format("dd/mm/yyyy").set();
        workbook.finish();
        String done = importFile("ngay-ba", "mot-cua.xlsx", out.toByteArray());
        assertThat(JsonPath.<String>read(done, "$.status")).as(done).isEqualTo("SUCCEEDED");
        mvc.perform(get("admin", "/api/v1/wards/ngay-ba/dossier-stats?from=2026-07-01&to=2026-07-31"))
                .andExpect(jsonPath("$.resolvedOnTime").value(1));
    }

    private void ward(String code) throws Exception {
        if (jdbc.sql("select count(*) from province where code = 'tinh-ngay'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-ngay\",\"name\":\"Tỉnh Ngày\"}"));
        }
        mvc.perform(post("admin", "/api/v1/provinces/tinh-ngay/wards",
                "{\"code\":\"" + code + "\",\"name\":\"Phường " + code + "\"}"));
    }

    private String importFile(String ward, String name, byte[] content) throws Exception {
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/dossier-imports")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        return Api.awaitImport(mvc, location);
    }
}
