package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * The unit report form as its page shows it (issue 23): a note and an explanation on every line, numbers typed
 * and shown back the Vietnamese way, the approve button that says why it cannot be pressed, and a returned form
 * on the officer's home page.
 */
@Ward57Test
class ReportFormPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'fp-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-fp\",\"name\":\"Tỉnh Biểu mẫu\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-fp/wards", "{\"code\":\"fp-mot\",\"name\":\"Phường Biểu Mẫu\"}"));
        mvc.perform(post("admin", "/api/v1/wards/fp-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        for (String[] u : new String[][] {{"lanhdao.fp", "WARD_LEADER", ""}, {"canbo.fp.ca", "WARD_OFFICER", "\"unitCode\":\"ca\","}}) {
            mvc.perform(post("admin", "/api/v1/users", """
                    {"username":"%s","fullName":"%s","role":"%s","wardCode":"fp-mot",%s"password":"ward57-demo"}
                    """.formatted(u[0], u[0], u[1], u[2]))).andExpect(status().isCreated());
        }
        mvc.perform(post("lanhdao.fp", "/api/v1/wards/fp-mot/indicator-catalogue", "")).andExpect(status().isOk());
    }

    @Test
    void theOfficerTypesVietnameseNumbersAndANoteAndAnExplanationOnAnyLineWhichTheLeaderReads() throws Exception {
        String page = save("2026-05", "DDDT", "97,5", "Theo số liệu Công an thành phố", "Tăng nhờ đợt cao điểm");
        save("2026-05", "DDDT-TK", "1.234", null, null);
        // a refusal repeats the number as it was typed, not as Java writes it (12456.5)
        assertThat(send("2026-05", "DDDT-TK", "12.456,5", null, null))
                .contains("Số lượng phải là số nguyên không âm; đã ghi 12.456,5.");
        assertThat(page).contains("id=\"comment-CKS\"", "id=\"explanation-CKS\"", "form=\"save-CKS\"");
        page = page("canbo.fp.ca", "/wards/fp-mot/forms/ca/2026-05");
        assertThat(page).contains("value=\"97,5\"", "value=\"1.234\"").doesNotContain("value=\"97.5\"", "value=\"1234\"");
        assertThat(line(page, "DDDT")).contains("value=\"Theo số liệu Công an thành phố\"", "value=\"Tăng nhờ đợt cao điểm\"");
        save("2026-05", "CKS", "25", null, null);
        mvc.perform(post("canbo.fp.ca", "/api/v1/wards/fp-mot/forms/ca/2026-05/submit", "")).andExpect(status().isOk());
        String leader = page("lanhdao.fp", "/wards/fp-mot/forms/ca/2026-05");
        assertThat(line(leader, "DDDT")).contains("Theo số liệu Công an thành phố", "Tăng nhờ đợt cao điểm", "97,5")
                .doesNotContain("name=\"explanation\"");
    }

    @Test
    void theApproveButtonIsOffWithItsReasonWhileAHighRuleIsBroken() throws Exception {
        mvc.perform(put("admin", "/api/v1/wards/fp-mot/indicator-values/DS-TT/2026", "{\"value\":1500}"))
                .andExpect(status().isOk());
        save("2026-08", "DDDT", "96", null, null);
        save("2026-08", "CKS", "25", null, null);
        save("2026-08", "DDDT-TK", "1700", null, "Có người ngoài phường đăng ký");  // more accounts than adults
        mvc.perform(post("canbo.fp.ca", "/api/v1/wards/fp-mot/forms/ca/2026-08/submit", "")).andExpect(status().isOk());
        String blocked = page("lanhdao.fp", "/wards/fp-mot/forms/ca/2026-08");
        String button = blocked.substring(blocked.indexOf("id=\"approve-form\""));
        assertThat(button.substring(0, button.indexOf('>'))).contains("disabled");
        assertThat(blocked.substring(blocked.indexOf("id=\"approve-blocked\""))).contains("Chưa duyệt được");
        mvc.perform(post("lanhdao.fp", "/api/v1/wards/fp-mot/forms/ca/2026-08/return", "{\"message\":\"Xem lại\"}"))
                .andExpect(status().isOk());
        save("2026-08", "DDDT-TK", "1400", null, null);
        mvc.perform(post("canbo.fp.ca", "/api/v1/wards/fp-mot/forms/ca/2026-08/submit", "")).andExpect(status().isOk());
        String open = page("lanhdao.fp", "/wards/fp-mot/forms/ca/2026-08");
        String approve = open.substring(open.indexOf("id=\"approve-form\""));
        assertThat(approve.substring(0, approve.indexOf('>'))).doesNotContain("disabled");
        assertThat(open).doesNotContain("id=\"approve-blocked\"");
    }

    @Test
    void aReturnedFormIsOnTheOfficersHomePageWhateverItsDueDay() throws Exception {
        // this month's form, sent early: due on the 15th of next month, more than 7 days away
        String period = YearMonth.from(WardTime.today()).toString();
        String named = vn.ward57.common.ReportingPeriod.parse(period).name();   // "Tháng 12/2026": the page names it
        save(period, "DDDT", "96", null, null);
        save(period, "CKS", "25", null, null);
        save(period, "DDDT-TK", "1200", null, null);
        mvc.perform(post("canbo.fp.ca", "/api/v1/wards/fp-mot/forms/ca/" + period + "/submit", "")).andExpect(status().isOk());
        assertThat(myForms()).doesNotContain(">" + named + "<");
        mvc.perform(post("lanhdao.fp", "/api/v1/wards/fp-mot/forms/ca/" + period + "/return",
                "{\"message\":\"Bổ sung ghi chú\"}")).andExpect(status().isOk());
        assertThat(myForms()).contains(">" + named + "<", "Bị trả lại");
    }

    @Test
    void theFormShowsAValuesTenNewestChangesAndTheRestWhenAsked() throws Exception {
        String page = "";
        for (int v = 1; v <= 13; v++) {
            page = save("2026-03", "CKS", String.valueOf(v), null, null);
        }
        // 13 changes: — → 1, 1 → 2, …, 12 → 13; the form shows the newest ten (3 → 4 … 12 → 13), oldest first
        String list = page.substring(page.indexOf("id=\"changes-CKS\""));
        list = list.substring(0, list.indexOf("</ul>"));
        assertThat(list.split("<li", -1)).hasSize(1 + 1 + 10);
        assertThat(list).contains("CKS: các thay đổi trước đó — xem tất cả",
                "hx-get=\"/wards/fp-mot/forms/ca/2026-03/values/CKS/changes\"", "CKS: 3 → 4 · canbo.fp.ca", "CKS: 12 → 13")
                .doesNotContain("CKS: — → 1", "CKS: 1 → 2", "CKS: 2 → 3");
        assertThat(list.indexOf("CKS: 3 → 4")).isLessThan(list.indexOf("CKS: 12 → 13"));
        // asked: all thirteen, in the form (htmx) or on a page of their own
        String all = mvc.perform(MockMvcRequestBuilders.get("/wards/fp-mot/forms/ca/2026-03/values/CKS/changes")
                        .header("HX-Request", "true").with(user(accounts.loadUserByUsername("lanhdao.fp"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all.strip()).startsWith("<ul id=\"changes-CKS\">");
        assertThat(all.split("<li", -1)).hasSize(1 + 13);
        assertThat(all.indexOf("CKS: — → 1")).isPositive().isLessThan(all.indexOf("CKS: 12 → 13"));
        assertThat(page("lanhdao.fp", "/wards/fp-mot/forms/ca/2026-03/values/CKS/changes"))
                .contains("Lịch sử thay đổi của CKS, kỳ Tháng 3/2026", "CKS: — → 1", "CKS: 12 → 13");
        // exactly ten: all shown, nothing more to ask for
        for (int v = 1; v <= 10; v++) {
            page = save("2026-02", "CKS", String.valueOf(v), null, null);
        }
        String ten = page.substring(page.indexOf("id=\"changes-CKS\""));
        ten = ten.substring(0, ten.indexOf("</ul>"));
        assertThat(ten.split("<li", -1)).hasSize(1 + 10);
        assertThat(ten).contains("CKS: — → 1").doesNotContain("xem tất cả");
        // a value rewritten 1.005 times (a script): its page lists the newest thousand and says so
        jdbc.sql("""
                insert into indicator_value_history (ward_id, indicator_id, period, old_value, new_value, actor)
                select w.id, i.id, '2026-04', g, g + 1, 'script' from generate_series(1, 1005) g, ward w
                join indicator i on i.ward_id = w.id where w.code = 'fp-mot' and i.code = 'CKS'
                """).update();
        String newest = page("lanhdao.fp", "/wards/fp-mot/forms/ca/2026-04/values/CKS/changes");
        assertThat(newest.split("<li>CKS: ", -1)).hasSize(1 + 1000);
        assertThat(newest).contains("Chỉ hiện 1.000 thay đổi gần nhất", "<li>CKS: 6 → 7 ·", "<li>CKS: 1.005 → 1.006 ·")
                .doesNotContain("<li>CKS: 5 → 6 ·");
        assertThat(all).doesNotContain("gần nhất");
        mvc.perform(MockMvcRequestBuilders.get("/wards/fp-mot/forms/khong-co/2026-03/values/CKS/changes")
                .with(user(accounts.loadUserByUsername("lanhdao.fp")))).andExpect(status().isNotFound());
    }

    private String myForms() throws Exception {
        String home = page("canbo.fp.ca", "/");
        return home.substring(home.indexOf("id=\"my-forms\""));
    }

    private String save(String period, String code, String value, String comment, String explanation) throws Exception {
        String page = send(period, code, value, comment, explanation);
        assertThat(page).contains("Đã lưu " + code + ".");
        return page;
    }

    private String send(String period, String code, String value, String comment, String explanation) throws Exception {
        var request = MockMvcRequestBuilders.post("/wards/fp-mot/forms/ca/" + period + "/values/" + code)
                .with(user(accounts.loadUserByUsername("canbo.fp.ca"))).with(csrf()).param("value", value);
        if (comment != null) {
            request.param("comment", comment);
        }
        if (explanation != null) {
            request.param("explanation", explanation);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String line(String page, String code) {
        String line = page.substring(page.indexOf("id=\"line-" + code + "\""));
        return line.substring(0, line.indexOf("</tr>"));
    }
}
