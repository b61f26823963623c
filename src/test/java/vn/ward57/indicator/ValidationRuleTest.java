package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/**
 * The preloaded rules on a ward with 3 residential groups and 8 staff in post in 2026: each fires
 * on a value that breaks it and not on one that keeps it; a HIGH one blocks approval.
 */
@Ward57Test
class ValidationRuleTest {

    private static final String VIOLATIONS = "/api/v1/wards/qt-mot/validation-violations?period=2026-06";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'qt-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-qt\",\"name\":\"Tỉnh Quy tắc\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-qt/wards", "{\"code\":\"qt-mot\",\"name\":\"Phường Quy Tắc\"}"));
        mvc.perform(post("admin", "/api/v1/wards/qt-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        mvc.perform(post("admin", "/api/v1/wards/qt-mot/units", "{\"code\":\"vh\",\"name\":\"Phòng Văn hóa - Xã hội\"}"));
        for (int i = 1; i <= 3; i++) {
            mvc.perform(post("admin", "/api/v1/wards/qt-mot/residential-groups",
                    "{\"code\":\"tdp-" + i + "\",\"name\":\"Tổ dân phố " + i + "\"}")).andExpect(status().isCreated());
        }
        mvc.perform(put("admin", "/api/v1/wards/qt-mot/staffing/2026/vh", "{\"allotted\":10,\"filled\":8}"))
                .andExpect(status().isOk());
        mvc.perform(post("admin", "/api/v1/wards/qt-mot/indicator-catalogue", "")).andExpect(status().isOk());
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"lanhdao.qt","fullName":"Lãnh đạo","role":"WARD_LEADER","wardCode":"qt-mot","password":"ward57-demo"}
                """));
    }

    @Test
    void theCatalogueBringsItsRules() throws Exception {
        String rules = mvc.perform(get("admin", "/api/v1/wards/qt-mot/validation-rules")).andReturn().getResponse()
                .getContentAsString();
        // 16 percentages × 2, 14 counts × 1, and the three between indicators and the ward's records
        assertThat(JsonPath.<List<String>>read(rules, "$[*].code")).hasSize(49)
                .contains("PCT-MIN-CKS", "PCT-MAX-DDDT-TL", "CNT-MIN-TCN", "CB-DT-BIEN-CHE", "TCN-TDP", "DDDT-DS");
    }

    @Test
    void theRulesBetweenIndicatorsAndRecordsFireOnlyWhenBroken() throws Exception {
        value("DS-TT", "2026", "1500");
        value("DDDT-TK", "2026-06", "1600");   // more accounts than adult residents; the share 106,67 % > 100
        value("TCN", "2026-06", "4");           // 4 teams for 3 residential groups
        value("CB-DT", "2026Q2", "9");          // 9 trained for 8 in post
        mvc.perform(get("admin", VIOLATIONS))
                .andExpect(jsonPath("$[*].rule").value(Matchers.containsInAnyOrder("DDDT-DS", "PCT-MAX-DDDT-TL",
                        "TCN-TDP", "CB-DT-BIEN-CHE")))
                .andExpect(jsonPath("$[?(@.rule == 'DDDT-DS')].leftValue").value(Matchers.contains(1600.0)))
                .andExpect(jsonPath("$[?(@.rule == 'DDDT-DS')].rightValue").value(Matchers.contains(1500.0)))
                .andExpect(jsonPath("$[?(@.rule == 'TCN-TDP')].rightValue").value(Matchers.contains(3)))
                .andExpect(jsonPath("$[?(@.rule == 'CB-DT-BIEN-CHE')].rightValue").value(Matchers.contains(8)))
                .andExpect(jsonPath("$[?(@.rule == 'PCT-MAX-DDDT-TL')].leftValue").value(Matchers.contains(106.67)));
        // the rules page writes the comparison in words and the values as Vietnamese numbers
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/wards/qt-mot/validation-violations").param("period", "2026-06")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("#{DDDT-TK} = 1.600</td>", "<td>nhỏ hơn hoặc bằng</td>", "#{DS-TT} = 1.500</td>",
                "= 106,67</td>").doesNotContain("<td>&lt;=</td>");
        value("DDDT-TK", "2026-06", "1200");
        value("TCN", "2026-06", "3");
        value("CB-DT", "2026Q2", "8");
        mvc.perform(get("admin", VIOLATIONS)).andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void valuesThatEntryWouldRefuseAreStillCaughtByTheRules() throws Exception {
        // values from before the checks (or another system) break the percentage and count rules
        legacy("CKS", "2026-07", "130");
        legacy("DDDT", "2026-07", "-5");
        legacy("TCN", "2026-07", "-1");
        mvc.perform(get("admin", "/api/v1/wards/qt-mot/validation-violations?period=2026-07"))
                .andExpect(jsonPath("$[*].rule").value(Matchers.containsInAnyOrder("PCT-MAX-CKS", "PCT-MIN-DDDT",
                        "CNT-MIN-TCN")));
        legacy("CKS", "2026-07", "30");
        legacy("DDDT", "2026-07", "0");
        legacy("TCN", "2026-07", "0");
        mvc.perform(get("admin", "/api/v1/wards/qt-mot/validation-violations?period=2026-07"))
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aHighRuleBrokenBlocksApprovalButNotSubmission() throws Exception {
        value("DS-TT", "2026", "1500");
        value("DDDT", "2026-08", "96");
        value("CKS", "2026-08", "25");
        value("DDDT-TK", "2026-08", "1700");
        mvc.perform(post("admin", "/api/v1/wards/qt-mot/forms/ca/2026-08/submit", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[*].rule").value(Matchers.hasItem("DDDT-DS")));
        mvc.perform(post("lanhdao.qt", "/api/v1/wards/qt-mot/forms/ca/2026-08/approve", ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Chưa duyệt được: số liệu vi phạm quy tắc")));
        mvc.perform(post("lanhdao.qt", "/api/v1/wards/qt-mot/forms/ca/2026-08/return",
                "{\"message\":\"Số tài khoản vượt số dân\"}")).andExpect(status().isOk());
        value("DDDT-TK", "2026-08", "1400");
        mvc.perform(post("admin", "/api/v1/wards/qt-mot/forms/ca/2026-08/submit", "")).andExpect(status().isOk());
        mvc.perform(post("lanhdao.qt", "/api/v1/wards/qt-mot/forms/ca/2026-08/approve", ""))
                .andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void aWardAddsItsOwnRuleAndABadExpressionIsExplained() throws Exception {
        mvc.perform(put("admin", "/api/v1/wards/qt-mot/validation-rules/CKS-DDDT", """
                {"name":"Chữ ký số không quá định danh","left":"#{CKS}","operator":"<=","right":"#{DDDT}",
                 "importance":"MEDIUM"}
                """)).andExpect(status().isOk());
        mvc.perform(put("admin", "/api/v1/wards/qt-mot/validation-rules/SAI", """
                {"name":"Sai","left":"#{CKS} +","operator":"<=","right":"1"}
                """)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("left"));
        mvc.perform(put("admin", "/api/v1/wards/qt-mot/validation-rules/SAI", """
                {"name":"Sai","left":"1","operator":"=>","right":"1"}
                """)).andExpect(status().isBadRequest());
        value("DDDT", "2026-09", "40");
        value("CKS", "2026-09", "45");
        mvc.perform(get("admin", "/api/v1/wards/qt-mot/validation-violations?period=2026-09"))
                .andExpect(jsonPath("$[*].rule").value(Matchers.contains("CKS-DDDT")))
                .andExpect(jsonPath("$[0].importance").value("MEDIUM"));
    }

    private void value(String code, String period, String value) throws Exception {
        mvc.perform(put("admin", "/api/v1/wards/qt-mot/indicator-values/" + code + "/" + period,
                "{\"value\":" + value + ",\"explanation\":\"Theo số liệu đơn vị\"}")).andExpect(status().isOk());
    }

    private void legacy(String code, String period, String value) {
        jdbc.sql("""
                insert into indicator_value (ward_id, indicator_id, period, value, updated_by)
                select i.ward_id, i.id, ?, ?, 'he-thong-cu' from indicator i join ward w on w.id = i.ward_id
                where w.code = 'qt-mot' and i.code = ?
                on conflict (indicator_id, period) do update set value = excluded.value
                """).params(period, new java.math.BigDecimal(value), code).update();
    }
}
