package vn.ward57.indicator;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** The preloaded catalogue, entered and computed values, status, projection, locks and bad input. */
@Ward57Test
class IndicatorApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'ct-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-ct\",\"name\":\"Tỉnh Chỉ tiêu\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-ct/wards", "{\"code\":\"ct-mot\",\"name\":\"Phường Chỉ Tiêu\"}"));
        mvc.perform(post("admin", "/api/v1/wards/ct-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"lanhdao.ct","fullName":"Lãnh đạo","role":"WARD_LEADER","wardCode":"ct-mot","password":"ward57-demo"}
                """));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.ct","fullName":"Cán bộ","role":"WARD_OFFICER","wardCode":"ct-mot","password":"ward57-demo"}
                """));
        mvc.perform(post("lanhdao.ct", "/api/v1/wards/ct-mot/indicator-catalogue", ""))
                .andExpect(jsonPath("$.added").value(30));
        // May 2026: three dossiers online, one in person → online rate 75,00 %
        String csv = """
                dossier_code,channel,received_at,due_at
                C1,ONLINE,2026-05-04,2026-05-08
                C2,ONLINE,2026-05-05,2026-05-08
                C3,ONLINE,2026-05-06,2026-05-08
                C4,IN_PERSON,2026-05-07,2026-05-08
                """;
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/ct-mot/dossier-imports")
                .file(new MockMultipartFile("file", "t5.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("canbo.ct", Api.PASSWORD))).andExpect(status().isAccepted());
        for (int i = 0; i < 100 && jdbc.sql("select count(*) from dossier d join ward w on w.id = d.ward_id "
                + "where w.code = 'ct-mot'").query(Long.class).single() < 4; i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void theCatalogueIsAdoptedOnceWithItsTargetsAndLeadUnits() throws Exception {
        mvc.perform(post("lanhdao.ct", "/api/v1/wards/ct-mot/indicator-catalogue", ""))
                .andExpect(jsonPath("$.added").value(0));
        mvc.perform(get("canbo.ct", "/api/v1/wards/ct-mot/indicator-catalogue"))
                .andExpect(jsonPath("$[*].code").value(Matchers.hasItems("CB-KNS", "CB-LCKNS", "DS-TCDVS", "DS-SDDVS",
                        "DVC-TT", "HS-TT", "HS-DH", "CSDL-SH", "DDDT", "CKS", "DN-CNS", "NV-HT")))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].leadUnit").value(Matchers.contains("ca")))
                .andExpect(jsonPath("$[?(@.code == 'HS-TT')].source").value(Matchers.contains("COMPUTED")));
        mvc.perform(post("canbo.anhai", "/api/v1/wards/ct-mot/indicator-catalogue", "")).andExpect(status().isForbidden());
    }

    @Test
    void anEnteredValueIsJudgedAgainstTheNextTargetAndProjected() throws Exception {
        value("DDDT", "2026-01", "60").andExpect(status().isOk());
        value("DDDT", "2026-02", "60.1").andExpect(status().isOk());
        value("DDDT", "2026-03", "59").andExpect(status().isOk());
        value("DDDT", "2026-03", "60.2").andExpect(status().isOk());
        // 60,2 against 95 for 2035 (seed 001): below 85,5 → RED; +0,1 a month → 71,90 by 2035-12: not reached
        mvc.perform(get("canbo.ct", "/api/v1/wards/ct-mot/indicators?period=2026-03"))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].value").value(Matchers.contains(60.2)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].target").value(Matchers.contains(95.0)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].targetYear").value(Matchers.contains(2035)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].status").value(Matchers.contains("RED")))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].projection.value").value(Matchers.contains(71.9)))
                .andExpect(jsonPath("$[?(@.code == 'DDDT')].projection.reaches").value(Matchers.contains(false)));
        mvc.perform(get("canbo.ct", "/api/v1/wards/ct-mot/indicator-values/DDDT/2026-03/history"))
                .andExpect(jsonPath("$[0].oldValue").doesNotExist())
                .andExpect(jsonPath("$[0].newValue").value(59.0))
                .andExpect(jsonPath("$[1].oldValue").value(59.0))
                .andExpect(jsonPath("$[1].newValue").value(60.2))
                .andExpect(jsonPath("$[1].actor").value("canbo.ct"));
    }

    @Test
    void aComputedValueComesFromTheDossiers() throws Exception {
        // 75 % online in May against 80 % for 2026 (Kế hoạch 02-KH/BCĐTW): within 10 % (72) → AMBER
        mvc.perform(get("canbo.ct", "/api/v1/wards/ct-mot/indicators?period=2026-05"))
                .andExpect(jsonPath("$[?(@.code == 'HS-TT')].value").value(Matchers.contains(75.0)))
                .andExpect(jsonPath("$[?(@.code == 'HS-TT')].target").value(Matchers.contains(80.0)))
                .andExpect(jsonPath("$[?(@.code == 'HS-TT')].status").value(Matchers.contains("AMBER")))
                // a yearly indicator shows its own period, 2026
                .andExpect(jsonPath("$[?(@.code == 'CSDL-SH')].period").value(Matchers.contains("2026")));
        value("HS-TT", "2026-05", "90").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Chỉ tiêu „HS-TT“ do hệ thống tự tính, không nhập tay."));
    }

    @Test
    void aFormulaDividesTwoIndicatorsAndNeverItself() throws Exception {
        mvc.perform(post("lanhdao.ct", "/api/v1/wards/ct-mot/indicators", """
                {"code":"F-SELF","name":"Tự tham chiếu","unit":"PERCENT","periodType":"MONTH","source":"FORMULA",
                 "numerator":"F-SELF","denominator":"DDDT"}
                """)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Công thức của chỉ tiêu „F-SELF“ không được dùng chính nó."));
        mvc.perform(post("lanhdao.ct", "/api/v1/wards/ct-mot/indicators", """
                {"code":"F-CKS","name":"Chữ ký số trên định danh","unit":"PERCENT","periodType":"MONTH",
                 "source":"FORMULA","numerator":"CKS","denominator":"DDDT","factor":100}
                """)).andExpect(status().isCreated());
        value("DDDT", "2026-04", "50").andExpect(status().isOk());
        value("CKS", "2026-04", "6").andExpect(status().isOk());
        // 6 × 100 / 50 = 12,00
        mvc.perform(get("canbo.ct", "/api/v1/wards/ct-mot/indicators?period=2026-04"))
                .andExpect(jsonPath("$[?(@.code == 'F-CKS')].value").value(Matchers.contains(12.0)));
    }

    @Test
    void badValuesAndLockedPeriodsAreRefusedAndNothingIsWritten() throws Exception {
        value("CKS", "2026-06", "130").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tỷ lệ phải từ 0 đến 100; đã ghi 130."));
        value("CKS", "2026-13", "10").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
        value("CKS", "2026Q2", "10").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Kỳ „2026Q2“ không đúng loại kỳ của chỉ tiêu (MONTH)."));
        value("KHONG-CO", "2026-06", "10").andExpect(status().isNotFound());
        mvc.perform(post("canbo.ct", "/api/v1/wards/ct-mot/indicator-locks/2026-06", "")).andExpect(status().isForbidden());
        value("CKS", "2026-06", "7").andExpect(status().isOk());
        mvc.perform(post("lanhdao.ct", "/api/v1/wards/ct-mot/indicator-locks/2026-06", "")).andExpect(status().isNoContent());
        value("CKS", "2026-06", "8").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Kỳ Tháng 6/2026 đã khóa (đã duyệt); không sửa được số liệu."));
        mvc.perform(get("canbo.ct", "/api/v1/wards/ct-mot/indicators?period=2026-06"))
                .andExpect(jsonPath("$[?(@.code == 'CKS')].value").value(Matchers.contains(7.0)));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/ct-mot/indicators?period=2026-06")).andExpect(status().isForbidden());
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @Test
    void theLeaderSetsATargetWithItsBaselineOnThePage() throws Exception {
        var leader = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("lanhdao.ct"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/ct-mot/indicator-targets").with(leader)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("indicator", "CKS").param("year", "2030").param("target", "15")
                        .param("baseline", "5").param("baselineYear", "2025"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "Đã lưu mục tiêu năm 2030 của CKS."));
        // 10 in 2026-03 against the 2030 target of 15 (the nearest from 2026 on): below 13,5 → RED
        value("CKS", "2026-03", "10").andExpect(status().isOk());
        mvc.perform(get("canbo.ct", "/api/v1/wards/ct-mot/indicators?period=2026-03"))
                .andExpect(jsonPath("$[?(@.code == 'CKS')].target").value(Matchers.contains(15.0)))
                .andExpect(jsonPath("$[?(@.code == 'CKS')].targetYear").value(Matchers.contains(2030)))
                .andExpect(jsonPath("$[?(@.code == 'CKS')].status").value(Matchers.contains("RED")));
        mvc.perform(MockMvcRequestBuilders.post("/wards/ct-mot/indicator-targets").with(leader)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("indicator", "CKS").param("year", "2030").param("target", "15").param("baselineYear", "2031"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", "CKS: Năm gốc phải trước năm mục tiêu."));
    }

    private ResultActions value(String code, String period, String value) throws Exception {
        return mvc.perform(put("canbo.ct", "/api/v1/wards/ct-mot/indicator-values/" + code + "/" + period,
                "{\"value\":" + value + ",\"comment\":\"Theo báo cáo Công an phường\"}"));
    }
}
