package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** Saved column mappings, including a vendor status column standing for the result and withdrawal dates. */
@Ward57Test
class ImportProfileTest {

    /** A vendor's layout: its own headers, and one status with one date instead of two dates. */
    private static final String VENDOR = """
            Số HS,Kênh,Thời điểm nộp,Hẹn trả,Tình trạng,Ngày cập nhật,Mã TTHC
            V-1,Trực tuyến,02/03/2026,06/03/2026,Đã trả kết quả,05/03/2026,1.001612
            V-2,Trực tiếp,02/03/2026,06/03/2026,hoàn thành,06/03/2026 10:00,1.001612
            V-3,Trực tiếp,03/03/2026,05/03/2026,Đang xử lý,04/03/2026,1.001612
            V-4,Trực tuyến,03/03/2026,10/03/2026,Công dân rút hồ sơ,04/03/2026,2.000001
            V-5,Trực tuyến,04/03/2026,09/03/2026,Đã trả kết quả,10/03/2026,2.000001
            """;
    private static final String PROFILE = """
            {"name": "Mẫu VNPT", "columns": {"dossier_code": "Số HS", "channel": "Kênh",
             "received_at": "Thời điểm nộp", "due_at": "Hẹn trả", "procedure_code": "mã tthc"},
             "statusColumn": "Tình trạng", "statusDateColumn": "Ngày cập nhật",
             "resolvedValues": ["Đã trả kết quả", "Hoàn thành"], "withdrawnValues": ["Đã rút", "Công dân rút hồ sơ"]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code like 'mau-%'").query(Long.class).single() == 0) {
            mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-mau\",\"name\":\"Tỉnh Mẫu\"}"));
            for (String w : new String[] {"mau-mot", "mau-hai", "mau-ba"}) {
                mvc.perform(post("admin", "/api/v1/provinces/tinh-mau/wards",
                        "{\"code\":\"" + w + "\",\"name\":\"Phường " + w + "\"}"));
            }
        }
    }

    @Test
    void aVendorStatusColumnBecomesResultAndWithdrawalDates() throws Exception {
        mvc.perform(put("admin", "/api/v1/wards/mau-mot/import-profiles/Mẫu VNPT", PROFILE))
                .andExpect(status().isOk());
        mvc.perform(get("admin", "/api/v1/wards/mau-mot/import-profiles"))
                .andExpect(jsonPath("$[0].name").value("Mẫu VNPT"))
                .andExpect(jsonPath("$[0].columns.dossier_code").value("Số HS"))
                .andExpect(jsonPath("$[0].resolvedValues[1]").value("Hoàn thành"));

        String done = importFile("mau-mot", VENDOR, "Mẫu VNPT");
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(done, "$.rowsInserted")).isEqualTo(5);
        // V-1 resolved 5/3 before due 6/3 (early), V-2 on 6/3 (on time, "hoàn thành" matches "Hoàn thành"),
        // V-5 on 10/3 after due 9/3 (late); V-4 withdrawn 4/3; V-3 still in progress, due 5/3 < 31/3: overdue
        mvc.perform(get("admin", "/api/v1/wards/mau-mot/dossier-stats?from=2026-03-01&to=2026-03-31"))
                .andExpect(jsonPath("$.newlyReceived").value(5))
                .andExpect(jsonPath("$.newOnline").value(3))
                .andExpect(jsonPath("$.newInPerson").value(2))
                .andExpect(jsonPath("$.resolved").value(3))
                .andExpect(jsonPath("$.resolvedEarly").value(1))
                .andExpect(jsonPath("$.resolvedOnTime").value(1))
                .andExpect(jsonPath("$.resolvedLate").value(1))
                .andExpect(jsonPath("$.withdrawn").value(1))
                .andExpect(jsonPath("$.pending").value(1))
                .andExpect(jsonPath("$.pendingOverdue").value(1))
                .andExpect(jsonPath("$.onTimeRate").value(66.67));
        assertThat(jdbc.sql("select withdrawn_at from dossier where code = 'V-4'").query(LocalDateTime.class).single())
                .isEqualTo(LocalDateTime.of(2026, 3, 4, 0, 0));
        assertThat(jdbc.sql("select resolved_at from dossier where code = 'V-2'").query(LocalDateTime.class).single())
                .isEqualTo(LocalDateTime.of(2026, 3, 6, 10, 0));
        assertThat(jdbc.sql("select count(*) from dossier where code = 'V-3' and resolved_at is null "
                + "and withdrawn_at is null").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutTheProfileTheSameFileIsRefusedForItsUnknownColumns() throws Exception {
        String done = importFile("mau-hai", VENDOR, null);
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(done, "$.message")).contains("dossier_code", "channel", "received_at", "due_at");
    }

    @Test
    void anUnknownProfileIsRefusedBeforeAnythingStarts() throws Exception {
        long before = imports("mau-hai");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/mau-hai/dossier-imports")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", VENDOR.getBytes(StandardCharsets.UTF_8)))
                        .param("profile", "Không có")
                        .with(httpBasic("admin", Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Phường chưa có mẫu ánh xạ cột „Không có“."))
                .andExpect(jsonPath("$.errors[0].field").value("profile"));
        assertThat(imports("mau-hai")).isEqualTo(before);
    }

    @Test
    void aProfileNamingAColumnTheFileLacksRefusesTheFileAndSaysWhich() throws Exception {
        mvc.perform(put("admin", "/api/v1/wards/mau-hai/import-profiles/Cũ",
                PROFILE.replace("Mẫu VNPT", "Cũ").replace("\"Hẹn trả\"", "\"Hạn cũ\""))).andExpect(status().isOk());
        String done = importFile("mau-hai", VENDOR, "Cũ");
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(done, "$.message")).isEqualTo("Tệp không có cột „Hạn cũ“ mà mẫu „Cũ“ dùng.");
    }

    @Test
    void aFinishedStatusWithoutItsDateIsARowError() throws Exception {
        mvc.perform(put("admin", "/api/v1/wards/mau-ba/import-profiles/Mẫu VNPT", PROFILE)).andExpect(status().isOk());
        String csv = VENDOR.replace("Đã trả kết quả,10/03/2026", "Đã trả kết quả,");
        String done = importFile("mau-ba", csv, "Mẫu VNPT");
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<Integer>read(done, "$.errors[0].row")).isEqualTo(6);
        assertThat(JsonPath.<String>read(done, "$.errors[0].column")).isEqualTo("resolved_at");
        assertThat(JsonPath.<String>read(done, "$.errors[0].message"))
                .isEqualTo("Trạng thái cho biết hồ sơ đã kết thúc nhưng cột ngày trạng thái để trống.");
        assertThat(jdbc.sql("select count(*) from dossier where code like 'V-%' and ward_id = "
                + "(select id from ward where code = 'mau-ba')").query(Long.class).single()).isZero();
    }

    @Test
    void badProfilesAreRefusedWithTheFieldAtFault() throws Exception {
        String path = "/api/v1/wards/mau-ba/import-profiles/Sai";
        mvc.perform(put("admin", path, "{\"name\":\"Sai\",\"columns\":{\"ngay\":\"Ngày\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("columns.ngay"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Không có cột chuẩn „ngay“")));
        mvc.perform(put("admin", path, "{\"name\":\"Sai\",\"statusColumn\":\"Tình trạng\",\"statusDateColumn\":\"Ngày\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("resolvedValues"));
        mvc.perform(put("admin", path, "{\"name\":\"Sai\",\"statusDateColumn\":\"Ngày\",\"resolvedValues\":[\"Xong\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("statusColumn"));
        mvc.perform(put("admin", path, "{\"name\":\"Sai\",\"columns\":{\"resolved_at\":\"Ngày\"},"
                        + "\"statusColumn\":\"Tình trạng\",\"statusDateColumn\":\"Ngày\",\"resolvedValues\":[\"Xong\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("statusColumn"));
        mvc.perform(put("admin", path, "{\"name\":\"Khác\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(put("admin", path, "{\"name\":\"" + "x".repeat(101) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("admin", path)).andExpect(status().isNotFound());
    }

    @Test
    void aProfileIsDeletedAndOnlyByThoseWhoEnterTheWardsData() throws Exception {
        String path = "/api/v1/wards/mau-ba/import-profiles/Tạm";
        mvc.perform(put("admin", path, PROFILE.replace("Mẫu VNPT", "Tạm"))).andExpect(status().isOk());
        mvc.perform(delete("canbo.anhai", path)).andExpect(status().isForbidden());
        mvc.perform(delete("admin", path)).andExpect(status().isNoContent());
        mvc.perform(get("admin", path)).andExpect(status().isNotFound());
        mvc.perform(delete("admin", path)).andExpect(status().isNotFound());
    }

    @Test
    void thePageReadsASampleFileAndSavesTheMapping() throws Exception {
        mvc.perform(MockMvcRequestBuilders.multipart("/wards/mau-ba/import-profiles/sample")
                        .file(new MockMultipartFile("file", "mau.csv", "text/csv", VENDOR.getBytes(StandardCharsets.UTF_8)))
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Các cột trong tệp mẫu: Số HS, Kênh, Thời điểm nộp")))
                .andExpect(content().string(Matchers.containsString("<option value=\"Tình trạng\">")));
        mvc.perform(MockMvcRequestBuilders.post("/wards/mau-ba/import-profiles")
                        .param("name", "Từ trang").param("col.dossier_code", "Số HS").param("col.channel", "Kênh")
                        .param("col.received_at", "Thời điểm nộp").param("col.due_at", "Hẹn trả")
                        .param("statusColumn", "Tình trạng").param("statusDateColumn", "Ngày cập nhật")
                        .param("resolvedValues", "Đã trả kết quả\r\nHoàn thành").param("withdrawnValues", "Đã rút")
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/wards/mau-ba/import-profiles"));
        mvc.perform(get("admin", "/api/v1/wards/mau-ba/import-profiles/Từ trang"))
                .andExpect(jsonPath("$.resolvedValues.length()").value(2))
                .andExpect(jsonPath("$.columns.due_at").value("Hẹn trả"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/mau-ba/import-profiles")
                        .param("name", "Thiếu").param("statusColumn", "Tình trạng")
                        .with(user(accounts.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy ghi ít nhất một giá trị trạng thái")));
    }

    private long imports(String ward) {
        return jdbc.sql("select count(*) from dossier_import i join ward w on w.id = i.ward_id where w.code = ?")
                .param(ward).query(Long.class).single();
    }

    private String importFile(String ward, String csv, String profile) throws Exception {
        var request = MockMvcRequestBuilders.multipart("/api/v1/wards/" + ward + "/dossier-imports")
                .file(new MockMultipartFile("file", "mot-cua.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", Api.PASSWORD));
        if (profile != null) {
            request.param("profile", profile);
        }
        String location = mvc.perform(request).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        return Api.awaitImport(mvc, location);
    }
}
