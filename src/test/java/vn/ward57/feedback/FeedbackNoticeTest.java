package vn.ward57.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/**
 * New feedback reaches the officers (issue 23): the count of items waiting on their home page and as the menu's
 * fragment, for a ward-wide officer the items nobody assigned, for a unit's officer its unit's; and the history
 * names who acted in words, not by the public form's technical name or a username.
 */
@Ward57Test
class FeedbackNoticeTest {

    private static final String WARD = "/wards/tb-mot";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void ward() throws Exception {
        if (jdbc.sql("select count(*) from ward where code = 'tb-mot'").query(Long.class).single() > 0) {
            return;
        }
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"tinh-tb\",\"name\":\"Tỉnh Thông báo\"}"));
        mvc.perform(post("admin", "/api/v1/provinces/tinh-tb/wards", "{\"code\":\"tb-mot\",\"name\":\"Phường Thông Báo\"}"));
        mvc.perform(post("admin", "/api/v1/wards/tb-mot/units", "{\"code\":\"ca\",\"name\":\"Công an phường\"}"));
        for (String[] u : new String[][] {{"canbo.tb", "Nguyễn Thị Tiếp Nhận", ""},
                {"canbo.tb.ca", "Trần Văn Công An", "\"unitCode\":\"ca\","}}) {
            mvc.perform(post("admin", "/api/v1/users", """
                    {"username":"%s","fullName":"%s","role":"WARD_OFFICER","wardCode":"tb-mot",%s"password":"ward57-demo"}
                    """.formatted(u[0], u[1], u[2]))).andExpect(status().isCreated());
        }
    }

    @Test
    void newItemsAreCountedWhereOfficersSeeTheirWorkAndTheHistoryNamesWhoActed() throws Exception {
        assertThat(home("canbo.tb")).contains("Không có phản ánh, kiến nghị mới chờ xử lý.");
        assertThat(waiting("canbo.tb")).doesNotContain("<a");
        String thanks = mvc.perform(MockMvcRequestBuilders.multipart(WARD + "/gop-y").param("category", "HA-TANG")
                        .param("content", "Đèn đường tắt cả tuần ở tổ 3").with(csrf()).with(r -> {
                            r.setRemoteAddr("10.0.8.1");
                            return r;
                        }))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String code = thanks.substring(thanks.indexOf("ma=") + 3);
        assertThat(home("canbo.tb")).contains("1 phản ánh, kiến nghị mới chờ xử lý");
        assertThat(waiting("canbo.tb")).contains(">1</a>", "href=\"/wards/tb-mot/feedback\"");
        // the item is the ward's until assigned: not yet the unit officer's work
        assertThat(waiting("canbo.tb.ca")).doesNotContain("<a");

        long id = jdbc.sql("select f.id from feedback_item f join ward w on w.id = f.ward_id where w.code = 'tb-mot' "
                + "and f.code = ?").param(code).query(Long.class).single();
        mvc.perform(put("canbo.tb", "/api/v1/wards/tb-mot/feedback/" + id + "/state",
                "{\"state\":\"ASSIGNED\",\"unit\":\"ca\",\"note\":\"Giao Công an\"}")).andExpect(status().isOk());
        assertThat(waiting("canbo.tb")).doesNotContain("<a");
        assertThat(home("canbo.tb.ca")).contains("1 phản ánh, kiến nghị mới chờ xử lý");

        String detail = page("canbo.tb", WARD + "/feedback/" + id);
        String history = detail.substring(detail.indexOf("Lịch sử xử lý"));
        assertThat(history).contains("Người dân (biểu mẫu công khai)", "Nguyễn Thị Tiếp Nhận")
                .doesNotContain(">gop-y<", ">canbo.tb<");
        String json = mvc.perform(vn.ward57.Api.get("canbo.tb", "/api/v1/wards/tb-mot/feedback/" + id + "/history"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(json, "$[*].changedByName")).contains("Nguyễn Thị Tiếp Nhận");
    }

    @Test
    void theOfficersIntakeFormAsksForACategory() throws Exception {
        String form = page("canbo.tb", WARD + "/feedback/new");
        String select = form.substring(form.indexOf("name=\"category\""));
        assertThat(select.substring(0, select.indexOf("</select>")))
                .contains("<option value=\"\">— Chọn lĩnh vực —</option>").doesNotContain("selected");
        String refused = mvc.perform(MockMvcRequestBuilders.post(WARD + "/feedback")
                        .with(user(accounts.loadUserByUsername("canbo.tb"))).with(csrf())
                        .param("channel", "IN_PERSON").param("receivedOn", "2026-11-02").param("category", "")
                        .param("content", "Xin cấp lại biển số nhà"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Hãy chọn lĩnh vực của phản ánh, kiến nghị.");
    }

    private String home(String username) throws Exception {
        String home = page(username, "/");
        return home.substring(home.indexOf("id=\"my-feedback\""));
    }

    private String waiting(String username) throws Exception {
        return page(username, WARD + "/feedback/waiting");
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
