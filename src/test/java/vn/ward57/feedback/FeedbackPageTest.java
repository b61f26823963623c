package vn.ward57.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Ward57Test;

/** The officers' pages on the demo ward an-hai: list, intake form, an item's workflow, statistics. */
@Ward57Test
class FeedbackPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    private RequestPostProcessor officer() {
        return user(accounts.loadUserByUsername("canbo.anhai"));
    }

    @Test
    void theStatisticsPageShowsTheDemoFigures() throws Exception {
        // demo-feedback.sql: received 8, handled 5, on time 4 → 4 × 100 / 5 handled = 80,00 % (issue 20), backlog 3, overdue 2
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback-stats?from=2026-01-01&to=2026-11-20")
                        .with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("80,00%")))
                .andExpect(content().string(containsString("PA-2026-0006")))
                // the period's dates stay in the filter
                .andExpect(content().string(containsString("<label for=\"from\">Từ ngày</label>")))
                .andExpect(content().string(containsString("<input type=\"date\" id=\"from\" name=\"from\" value=\"2026-01-01\">")))
                .andExpect(content().string(containsString("<input type=\"date\" id=\"to\" name=\"to\" value=\"2026-11-20\">")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback-stats?from=2026-01-01&to=2026-11-20")
                .with(officer())).andReturn().getResponse().getContentAsString().replaceAll(">\\s+<", "><");
        // the total row: three counts, the rate, two counts (other tests of the context may add items)
        assertThat(page).containsPattern("<tr id=\"stats-total\"><th>Tổng</th>(<th class=\"num\">\\d+</th>){3}"
                + "<th class=\"num\">\\d+,\\d\\d%</th>(<th class=\"num\">\\d+</th>){2}</tr>");
    }

    @Test
    void anOfficerTakesInAnItemAndMovesItOnlyToTheNextState() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback?overdue=true").with(officer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("PA-2026-0006")));
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback?state=RECEIVED").with(officer()))
                .andExpect(content().string(containsString("<select id=\"f-state\" name=\"state\">")))
                .andExpect(content().string(containsString("value=\"RECEIVED\" selected=\"selected\"")));
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback/new").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"channel\">Kênh tiếp nhận</label>")))
                .andExpect(content().string(containsString("<select id=\"unit\" name=\"unit\"><option value=\"\">—</option>")))
                .andExpect(content().string(containsString("<textarea rows=\"5\" maxlength=\"4000\" id=\"content\" name=\"content\">")))
                .andExpect(content().string(not(containsString("</div><input"))));
        String location = mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/feedback").with(officer()).with(csrf())
                        .param("channel", "LETTER").param("receivedOn", "2026-11-02").param("category", "KHAC")
                        .param("content", "Thư đề nghị sửa nhà văn hóa tổ 200").param("submitterName", "Phạm Thư"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.get(location).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phạm Thư")))
                .andExpect(content().string(containsString("value=\"ASSIGNED\"")))
                .andExpect(content().string(containsString("value=\"TRANSFERRED\"")));
        // a skip posted by hand is refused beside the form and nothing changes
        mvc.perform(MockMvcRequestBuilders.post(location + "/state").with(officer()).with(csrf())
                        .param("state", "CLOSED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thể chuyển từ „Đã tiếp nhận“ sang „Đã kết thúc“")));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select state from feedback_item where id = ?").param(id).query(String.class).single())
                .isEqualTo("RECEIVED");
        mvc.perform(MockMvcRequestBuilders.post(location + "/state").with(officer()).with(csrf())
                        .param("state", "ASSIGNED").param("unit", "van-hoa-xa-hoi"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select state from feedback_item where id = ?").param(id).query(String.class).single())
                .isEqualTo("ASSIGNED");

        // attachments: an office file is kept, a program is refused with the reason in the flash
        mvc.perform(MockMvcRequestBuilders.multipart(location + "/attachments").file(new org.springframework.mock.web
                        .MockMultipartFile("file", "thu.pdf", "application/pdf", "%PDF-1.4 thư".getBytes()))
                        .with(officer()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flash", "Đã đính kèm tệp."));
        mvc.perform(MockMvcRequestBuilders.multipart(location + "/attachments").file(new org.springframework.mock.web
                        .MockMultipartFile("file", "cai-dat.exe", "application/octet-stream", new byte[] {1}))
                        .with(officer()).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", containsString("cai-dat.exe")));
        assertThat(jdbc.sql("select count(*) from feedback_attachment where item_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theWardsManagersChangeTheCategoriesAndANewItemTakesTheNewDeadline() throws Exception {
        // managers as everywhere (Actor.canManageWard): the ward's leaders and its ward-wide officers
        RequestPostProcessor leader = user(accounts.loadUserByUsername("lanhdao.anhai"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/feedback-categories")
                        .with(user(accounts.loadUserByUsername("canbo.trungthanh"))).with(csrf())
                        .param("code", "TEST-NHANH").param("name", "Kiểm thử").param("deadlineDays", "2"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/feedback-categories").with(leader).with(csrf())
                        .param("code", "TEST-NHANH").param("name", "Kiểm thử").param("deadlineDays", "0"))
                .andExpect(content().string(containsString("Thời hạn xử lý phải từ 1 đến 365 ngày làm việc.")));
        mvc.perform(MockMvcRequestBuilders.post("/wards/an-hai/feedback-categories").with(leader).with(csrf())
                        .param("code", "TEST-NHANH").param("name", "Kiểm thử").param("deadlineDays", "2"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/feedback-categories").with(officer()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("TEST-NHANH")));
        // received Friday 6/11/2026 + 2 working days → Tuesday 10/11
        mvc.perform(vn.ward57.Api.post("canbo.anhai", "/api/v1/wards/an-hai/feedback", """
                        {"channel":"IN_PERSON","receivedOn":"2026-11-06","category":"TEST-NHANH","content":"Kiểm thử hạn"}
                        """))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.dueOn")
                        .value("2026-11-10"));
    }
}
