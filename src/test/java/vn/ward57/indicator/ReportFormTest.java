package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ward57.Ward57Test;

/**
 * The monthly unit reports: Công an phường (unit ca) reports the e-ID and digital-signature shares
 * monthly (the preloaded catalogue's DDDT, CKS and the count DDDT-TK); Phòng Văn hóa - Xã hội (vh)
 * the staff-skills share and count quarterly (CB-KNS, CB-DT).
 */
@Ward57Test
class ReportFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'bc-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-bc\",\"name\":\"Tỉnh Báo cáo\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-bc/wards", "{\"code\":\"bc-mot\",\"name\":\"Phường Báo Cáo\"}"));
        mvc.perform(post("admin", "/api/v1/wards/bc-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        mvc.perform(post("admin", "/api/v1/wards/bc-mot/units", "{\"code\":\"vh\",\"name\":\"Phòng Văn hóa - Xã hội\"}"));
        user("lanhdao.bc", "WARD_LEADER", null);
        user("canbo.bc.ca", "WARD_OFFICER", "ca");
        user("canbo.bc.vh", "WARD_OFFICER", "vh");
        mvc.perform(post("lanhdao.bc", "/api/v1/wards/bc-mot/indicator-catalogue", "")).andExpect(status().isOk());
    }

    @Test
    void aRedValueNeedsAnExplanationAndTheLeaderReturnsThenApprovesWhichLocks() throws Exception {
        value("canbo.bc.ca", "DDDT", "2026-05", "90", null).andExpect(status().isOk());
        value("canbo.bc.ca", "CKS", "2026-05", "10", null).andExpect(status().isOk());
        value("canbo.bc.ca", "DDDT-TK", "2026-05", "1200", null).andExpect(status().isOk());
        // the officer of another unit may not enter ca's values
        value("canbo.bc.vh", "DDDT", "2026-05", "91", null).andExpect(status().isForbidden());
        form("canbo.bc.ca", "2026-05")
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.due").value("2026-06-15"))
                .andExpect(jsonPath("$.lines[*].code").value(Matchers.containsInAnyOrder("DDDT", "CKS", "DDDT-TK")))
                // 90 against 95: within 10 % (85,5) → AMBER; 10 against 20: below 18 → RED
                .andExpect(jsonPath("$.lines[?(@.code == 'DDDT')].status").value(Matchers.contains("AMBER")))
                .andExpect(jsonPath("$.lines[?(@.code == 'CKS')].status").value(Matchers.contains("RED")));
        step("canbo.bc.ca", "2026-05", "submit", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Các chỉ tiêu ở mức đỏ cần giải trình trước khi gửi: CKS."));
        value("canbo.bc.ca", "CKS", "2026-05", "10", "Người dân chưa quen dùng chữ ký số").andExpect(status().isOk());
        step("canbo.bc.ca", "2026-05", "submit", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        value("canbo.bc.ca", "DDDT", "2026-05", "91", null).andExpect(status().isConflict());
        // refused in words about forms, not about tasks
        step("canbo.bc.ca", "2026-05", "approve", "").andExpect(status().isForbidden()).andExpect(jsonPath("$.detail")
                .value("Chỉ lãnh đạo phường (hoặc quản trị tỉnh) mới được duyệt, trả lại hay mở lại biểu mẫu báo cáo của đơn vị."));
        step("lanhdao.bc", "2026-05", "return", "{}").andExpect(status().isBadRequest());
        step("lanhdao.bc", "2026-05", "return", "{\"message\":\"Kiểm tra lại số tài khoản định danh\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"));
        value("canbo.bc.ca", "DDDT", "2026-05", "91", null).andExpect(status().isOk());
        step("canbo.bc.ca", "2026-05", "submit", "").andExpect(jsonPath("$.status").value("SUBMITTED"));
        step("lanhdao.bc", "2026-05", "approve", "").andExpect(jsonPath("$.status").value("APPROVED"));
        value("canbo.bc.ca", "CKS", "2026-05", "11", "x").andExpect(status().isConflict());
        step("lanhdao.bc", "2026-05", "approve", "").andExpect(status().isConflict());
        form("lanhdao.bc", "2026-05")
                .andExpect(jsonPath("$.history[*].kind").value(Matchers.contains("SUBMITTED", "RETURNED", "SUBMITTED",
                        "APPROVED")))
                .andExpect(jsonPath("$.history[1].message").value("Kiểm tra lại số tài khoản định danh"))
                .andExpect(jsonPath("$.history[3].actor").value("lanhdao.bc"))
                .andExpect(jsonPath("$.lines[?(@.code == 'DDDT')].value").value(Matchers.contains(91.0)))
                // every change of the value, who made it and from what to what
                .andExpect(jsonPath("$.lines[?(@.code == 'DDDT')].changes[*].newValue").value(Matchers.contains(90.0, 91.0)))
                .andExpect(jsonPath("$.lines[?(@.code == 'DDDT')].changes[1].oldValue").value(Matchers.contains(90.0)))
                .andExpect(jsonPath("$.lines[?(@.code == 'DDDT')].changes[1].actor").value(Matchers.contains("canbo.bc.ca")));
        // reopening needs a reason, and makes the form editable again
        step("lanhdao.bc", "2026-05", "reopen", "{\"message\":\"Công an thành phố điều chỉnh số liệu\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"));
        value("canbo.bc.ca", "DDDT", "2026-05", "92", null).andExpect(status().isOk());
    }

    @Test
    void completenessCountsTheFormsOwedSubmittedOnTimeAndApproved() throws Exception {
        // April: submitted and, as the officer did, on the due day 15/5 at 23:30 Vietnam time → on time
        value("canbo.bc.ca", "DDDT", "2026-04", "88", null);
        value("canbo.bc.ca", "CKS", "2026-04", "19", null);
        value("canbo.bc.ca", "DDDT-TK", "2026-04", "1100", null);
        step("canbo.bc.ca", "2026-04", "submit", "").andExpect(status().isOk());
        jdbc.sql("update report_form set submitted_at = timestamptz '2026-05-15 23:30+07' where period = '2026-04' "
                + "and ward_id = (select id from ward where code = 'bc-mot')").update();
        // June: submitted today, long after 15/7 → late; then approved
        value("canbo.bc.ca", "DDDT", "2026-06", "89", null);
        value("canbo.bc.ca", "CKS", "2026-06", "19.5", null);
        value("canbo.bc.ca", "DDDT-TK", "2026-06", "1150", null);
        step("canbo.bc.ca", "2026-06", "submit", "").andExpect(status().isOk());
        step("lanhdao.bc", "2026-06", "approve", "").andExpect(status().isOk());
        // Q2 2026: ca owes April, May, June; vh owes those months (TCN) and the quarter. May is never submitted.
        mvc.perform(get("lanhdao.bc", "/api/v1/wards/bc-mot/form-completeness?period=2026Q2"))
                .andExpect(jsonPath("$[?(@.unit == 'ca')].expected").value(Matchers.contains(3)))
                .andExpect(jsonPath("$[?(@.unit == 'ca')].submitted").value(Matchers.contains(2)))
                .andExpect(jsonPath("$[?(@.unit == 'ca')].onTime").value(Matchers.contains(1)))
                .andExpect(jsonPath("$[?(@.unit == 'ca')].approved").value(Matchers.contains(1)))
                .andExpect(jsonPath("$[?(@.unit == 'vh')].expected").value(Matchers.contains(4)))
                .andExpect(jsonPath("$[?(@.unit == 'vh')].submitted").value(Matchers.contains(0)));
        // the officer of vh sees only vh's forms due; Q2's is overdue since 15/7
        String due = mvc.perform(get("canbo.bc.vh", "/api/v1/wards/bc-mot/forms-due")).andReturn().getResponse()
                .getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(due, "$[*].unit")).containsOnly("vh");
        assertThat(com.jayway.jsonpath.JsonPath.<java.util.List<Boolean>>read(due,
                "$[?(@.period == '2026Q2')].overdue")).containsExactly(true);
        mvc.perform(get("canbo.bc.ca", "/api/v1/wards/bc-mot/forms-due"))
                .andExpect(jsonPath("$[?(@.period == '2026-05')].status").value(Matchers.contains("NOT_STARTED")))
                .andExpect(jsonPath("$[?(@.period == '2026-06')]").isEmpty());
        mvc.perform(get("canbo.anhai", "/api/v1/wards/bc-mot/form-completeness?period=2026Q2"))
                .andExpect(status().isForbidden());
        // and on the officer's home page, among the reports to send: October's, overdue since 15/11
        String home = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(accounts.loadUserByUsername("canbo.bc.ca"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(home.substring(home.indexOf("id=\"my-forms\""))).contains("Báo cáo cần gửi", ">Tháng 10/2026<",
                "15/11/2026", "Quá hạn").doesNotContain(">Tháng 6/2026<", ">2026-10<");
    }

    @Test
    void aWardSetsAnotherDueDayAndAClosingForAUnitsMonthlyReports() throws Exception {
        mvc.perform(put("canbo.bc.ca", "/api/v1/wards/bc-mot/report-schedules/ca/MONTH",
                "{\"dueDay\":10,\"closesAfterDays\":5}")).andExpect(status().isForbidden());  // a unit's officer may not
        mvc.perform(put("lanhdao.bc", "/api/v1/wards/bc-mot/report-schedules/ca/MONTH", "{\"dueDay\":31}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dueDay"));
        mvc.perform(put("lanhdao.bc", "/api/v1/wards/bc-mot/report-schedules/ca/MONTH",
                "{\"dueDay\":10,\"closesAfterDays\":5}")).andExpect(status().isOk());
        // July 2026: due 10/8; entry closed after 15/8 (today is later)
        form("canbo.bc.ca", "2026-07").andExpect(jsonPath("$.due").value("2026-08-10"));
        value("canbo.bc.ca", "DDDT", "2026-07", "90", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Đã hết hạn nhập số liệu kỳ Tháng 7/2026 của Công an phường (ngày 15/8/2026)."));
        // vh's monthly reports keep the 15th and never close
        mvc.perform(get("canbo.bc.vh", "/api/v1/wards/bc-mot/forms/vh/2026-07"))
                .andExpect(jsonPath("$.due").value("2026-08-15"));
        mvc.perform(put("lanhdao.bc", "/api/v1/wards/bc-mot/report-schedules/ca/MONTH", "{\"dueDay\":15}"))
                .andExpect(status().isOk());
        value("canbo.bc.ca", "DDDT", "2026-07", "90", null).andExpect(status().isOk());
    }

    @Test
    void theSchedulePageShowsEachUnitsDueDayAndALeaderChangesItThere() throws Exception {
        var leader = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("lanhdao.bc"));
        var officer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("canbo.bc.vh"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/wards/bc-mot/report-schedules/vh/QUARTER").with(leader).with(csrf())
                        .param("dueDay", "20").param("closesAfterDays", "7"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Đã lưu lịch báo cáo."));
        String quarter = page(officer, "/wards/bc-mot/report-schedules?type=QUARTER");
        String vh = quarter.substring(quarter.indexOf("Phòng Văn hóa - Xã hội"));
        assertThat(vh.substring(0, vh.indexOf("</tr>"))).contains(">20<", "Khóa 7 ngày sau hạn")
                .doesNotContain("mặc định");
        assertThat(quarter).doesNotContain("name=\"dueDay\"");  // an officer sees, does not change
        // the quarter's schedule leaves vh's monthly one at the default
        String month = page(leader, "/wards/bc-mot/report-schedules");
        String vhMonth = month.substring(month.indexOf("Phòng Văn hóa - Xã hội"));
        assertThat(vhMonth.substring(0, vhMonth.indexOf("</tr>"))).contains(">15<", "(mặc định)", "Không khóa");
        mvc.perform(get("canbo.bc.vh", "/api/v1/wards/bc-mot/forms/vh/2026Q2"))
                .andExpect(jsonPath("$.due").value("2026-07-20"));
        // an officer's change and a wrong day are refused with a message, nothing saved
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/wards/bc-mot/report-schedules/vh/QUARTER").with(officer).with(csrf())
                        .param("dueDay", "5"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/wards/bc-mot/report-schedules/vh/QUARTER").with(leader).with(csrf())
                        .param("dueDay", "mười"))
                .andExpect(flash().attribute("flashError", "Phải ghi một số nguyên; đã ghi \"mười\"."));
        mvc.perform(get("canbo.bc.vh", "/api/v1/wards/bc-mot/forms/vh/2026Q2"))
                .andExpect(jsonPath("$.due").value("2026-07-20"));
        mvc.perform(put("lanhdao.bc", "/api/v1/wards/bc-mot/report-schedules/vh/QUARTER", "{}"))
                .andExpect(status().isOk());
    }

    private String page(org.springframework.test.web.servlet.request.RequestPostProcessor user, String path)
            throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anIncompleteFormIsNotSubmitted() throws Exception {
        value("canbo.bc.ca", "DDDT", "2026-03", "70", null);
        step("canbo.bc.ca", "2026-03", "submit", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Chưa nhập giá trị cho: CKS, DDDT-TK."));
        // no indicator of the catalogue is reported by half-year
        step("canbo.bc.vh", "2026S1", "submit", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Phòng Văn hóa - Xã hội không có chỉ tiêu nào phải báo cáo kỳ 6 tháng đầu năm 2026."));
    }

    private void user(String username, String role, String unit) throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"%s","role":"%s","wardCode":"bc-mot",%s"password":"ward57-demo"}
                """.formatted(username, username, role, unit == null ? "" : "\"unitCode\":\"" + unit + "\",")))
                .andExpect(status().isCreated());
    }

    private ResultActions value(String user, String code, String period, String value, String explanation)
            throws Exception {
        return mvc.perform(put(user, "/api/v1/wards/bc-mot/indicator-values/" + code + "/" + period,
                "{\"value\":" + value + (explanation == null ? "" : ",\"explanation\":\"" + explanation + "\"") + "}"));
    }

    private ResultActions form(String user, String period) throws Exception {
        return mvc.perform(get(user, "/api/v1/wards/bc-mot/forms/ca/" + period));
    }

    private ResultActions step(String user, String period, String action, String body) throws Exception {
        String unit = user.endsWith(".vh") ? "vh" : "ca";
        return mvc.perform(post(user, "/api/v1/wards/bc-mot/forms/" + unit + "/" + period + "/" + action, body));
    }
}
