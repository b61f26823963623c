package vn.ward57.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Ward57Test;

/** The task pages through their forms: register a directive, assign, complete with evidence, see the figures. */
@Ward57Test
class TaskPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void anOfficerRegistersADirectiveAssignsATaskAndCompletesItWithEvidence() throws Exception {
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo.trungthanh"));
        String location = mvc.perform(MockMvcRequestBuilders.post("/wards/trung-thanh/directives").with(officer).with(csrf())
                        .param("type", "QD").param("number", "15/QĐ-UBND").param("issuedOn", "2026-02-03")
                        .param("issuer", "UBND phường Trung Thành").param("title", "Quyết định kiện toàn Tổ công nghệ số")
                        .param("signerRole", "HEAD").param("issuedByWard", "true"))
                .andExpect(redirectedUrlPattern("/directives/*"))
                .andExpect(flash().attribute("flash", "Đã vào sổ văn bản 15/QĐ-UBND."))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.post("/wards/trung-thanh/directives").with(officer).with(csrf())
                        .param("type", "QD").param("number", "15/QĐ-UBND").param("issuedOn", "2026-02-03")
                        .param("issuer", "UBND").param("title", "Trùng số"))
                .andExpect(flash().attribute("flashError", "Phường đã có văn bản số „15/QĐ-UBND“."));
        mvc.perform(MockMvcRequestBuilders.post(location + "/tasks").with(officer).with(csrf())
                        .param("code", "TCN-1").param("title", "Ra mắt Tổ công nghệ số cộng đồng")
                        .param("startOn", "2026-02-03").param("deadline", "2026-12-31"))
                .andExpect(flash().attribute("flash", "Đã giao nhiệm vụ TCN-1."));
        String page = mvc.perform(MockMvcRequestBuilders.get(location).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Quyết định 15/QĐ-UBND", "TCN-1", "Đang thực hiện trong hạn", "31/12/2026");

        long taskId = jdbc.sql("select id from task where code = 'TCN-1'").query(Long.class).single();
        mvc.perform(MockMvcRequestBuilders.multipart("/tasks/" + taskId + "/complete").with(officer).with(csrf())
                        .param("completedOn", "2026-03-02"))
                .andExpect(flash().attribute("flashError",
                        "Hoàn thành nhiệm vụ cần minh chứng: đính kèm tệp hoặc ghi đường dẫn."));
        mvc.perform(MockMvcRequestBuilders.multipart("/tasks/" + taskId + "/complete")
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf",
                                "%PDF-1.4 ra mắt".getBytes(StandardCharsets.UTF_8)))
                        .param("completedOn", "2026-03-02").param("note", "Đã ra mắt").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("flash", "Đã ghi nhận hoàn thành nhiệm vụ."));
        String task = mvc.perform(MockMvcRequestBuilders.get("/tasks/" + taskId).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(task).contains("Hoàn thành đúng hạn", "quyet-dinh.pdf", "2/3/2026", "Đã ra mắt", "Mở lại");
        // the board as of 2/3/2026, narrowed to the directive: one assigned, one done on time, green
        long directiveId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String board = mvc.perform(MockMvcRequestBuilders.get("/wards/trung-thanh/tasks")
                        .param("asOf", "2026-03-02").param("directive", String.valueOf(directiveId)).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("Tình trạng tính đến ngày 02/3/2026.", "100,00%", "light GREEN");
        // an officer may not extend deadlines: the form is not offered and the post is refused
        assertThat(task).doesNotContain("Gia hạn đến");
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + taskId + "/extend").with(officer).with(csrf())
                .param("deadline", "2027-01-31").param("reason", "x")).andExpect(status().isForbidden());
    }

    @Test
    void theMeetingsRegisterAssignsTasksFromConclusions() throws Exception {
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo.trungthanh"));
        mvc.perform(MockMvcRequestBuilders.post("/wards/trung-thanh/meetings").with(officer).with(csrf())
                        .param("heldOn", "2026-10-05").param("kind", "MONTHLY").param("title", "Giao ban tháng 10")
                        .param("chairedBy", "DEPUTY").param("chairName", "Phó Chủ tịch").param("conclusions", "Đẩy nhanh số hóa"))
                .andExpect(redirectedUrl("/wards/trung-thanh/meetings"));
        long meetingId = jdbc.sql("select id from meeting where title = 'Giao ban tháng 10'").query(Long.class).single();
        mvc.perform(MockMvcRequestBuilders.post("/meetings/" + meetingId + "/tasks").with(officer).with(csrf())
                        .param("code", "GB10-1").param("title", "Số hóa hồ sơ tồn").param("deadline", "2026-10-31"))
                .andExpect(flash().attribute("flash", "Đã giao nhiệm vụ GB10-1."));
        String page = mvc.perform(MockMvcRequestBuilders.get("/meetings/" + meetingId).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Giao ban tháng 10", "Đẩy nhanh số hóa", "GB10-1", "Quá hạn chưa hoàn thành");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/wards/trung-thanh/meetings").with(officer))
                .andReturn().getResponse().getContentAsString()).contains("05/10/2026", "Giao ban tháng")
                .doesNotContain("name=\"chairedBy\"><option value=\"\">").contains("<select id=\"chairedBy\" name=\"chairedBy\">");
        // the directives' form offers the signer's role, or none
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/wards/trung-thanh/directives").with(officer))
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " "))
                .contains("<label for=\"signerRole\">Ký với tư cách</label> <select id=\"signerRole\" name=\"signerRole\"><option value=\"\">—</option>",
                        "<option value=\"DEPUTY\">Cấp phó</option>");
    }

    /**
     * The reopen button of a task's page (asked about first, as a delete is) sends the version the page showed:
     * after a task import changed the task, the stale page is told so and reopens nothing.
     */
    @Test
    void theReopenButtonOfAPageReadBeforeAnImportChangedTheTaskIsRefusedAndReopensNothing() throws Exception {
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo.trungthanh"));
        String location = mvc.perform(MockMvcRequestBuilders.post("/wards/trung-thanh/directives").with(officer)
                        .with(csrf()).param("type", "KH").param("number", "88/KH-UBND").param("issuedOn", "2026-02-03")
                        .param("issuer", "UBND phường Trung Thành").param("title", "Kế hoạch mở lại")
                        .param("signerRole", "HEAD").param("issuedByWard", "true"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.post(location + "/tasks").with(officer).with(csrf())
                .param("code", "ML-1").param("title", "Nhiệm vụ mở lại").param("startOn", "2026-02-03")
                .param("deadline", "2026-12-31")).andExpect(flash().attribute("flash", "Đã giao nhiệm vụ ML-1."));
        long taskId = jdbc.sql("select id from task where code = 'ML-1'").query(Long.class).single();
        mvc.perform(MockMvcRequestBuilders.multipart("/tasks/" + taskId + "/complete").with(officer).with(csrf())
                        .param("completedOn", "2026-03-02").param("link", "https://trungthanh.gov.vn/bao-cao"))
                .andExpect(flash().attribute("flash", "Đã ghi nhận hoàn thành nhiệm vụ."));
        String page = mvc.perform(MockMvcRequestBuilders.get("/tasks/" + taskId).with(officer))
                .andReturn().getResponse().getContentAsString();
        var reopenForm = java.util.regex.Pattern.compile(
                "action=\"/tasks/" + taskId + "/reopen\"[^>]*>[^<]*(?:<input type=\"hidden\" name=\"_csrf\"[^>]*>\\s*)?"
                        + "<input type=\"hidden\" name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(reopenForm.find()).as("the reopen form carries the version").isTrue();
        String version = reopenForm.group(1);

        String imported = mvc.perform(MockMvcRequestBuilders.multipart(location.replace("/directives/",
                                "/api/v1/directives/") + "/task-imports")
                        .file(new MockMultipartFile("file", "doi-ten.csv", "text/csv",
                                "code,title,start_date,deadline\nML-1,Nhiệm vụ đổi tên,2026-02-03,2026-12-31\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("canbo.trungthanh", vn.ward57.Api.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader("Location");
        assertThat(vn.ward57.Api.awaitImport(mvc, imported)).contains("\"rowsUpdated\":1");

        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + taskId + "/reopen").with(officer).with(csrf())
                        .param("reason", "Thiếu minh chứng").param("version", version))
                .andExpect(redirectedUrl("/tasks/" + taskId))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("Bản ghi đã được "),
                        org.hamcrest.Matchers.endsWith("hãy tải lại và nhập lại."))));
        assertThat(jdbc.sql("select completed_on is not null from task where id = ?").param(taskId)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from task_event where task_id = ? and kind = 'REOPENED'").param(taskId)
                .query(Long.class).single()).isZero();
    }

    /** The task page, the task lists and the board name the lead and coordinating units, not their codes. */
    @Test
    void theTaskPagesNameTheUnits() throws Exception {
        RequestPostProcessor officer = user(accounts.loadUserByUsername("canbo.trungthanh"));
        String location = mvc.perform(MockMvcRequestBuilders.post("/wards/trung-thanh/directives").with(officer)
                        .with(csrf()).param("type", "KH").param("number", "91/KH-UBND").param("issuedOn", "2026-02-03")
                        .param("issuer", "UBND phường Trung Thành").param("title", "Kế hoạch tên đơn vị"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(MockMvcRequestBuilders.post(location + "/tasks").with(officer).with(csrf())
                .param("code", "TDV-1").param("title", "Nhiệm vụ có đơn vị").param("deadline", "2026-12-31")
                .param("leadUnit", "pvhcc").param("coordinatingUnits", "van-hoa-xa-hoi", "cong-an"))
                .andExpect(flash().attribute("flash", "Đã giao nhiệm vụ TDV-1."));
        long taskId = jdbc.sql("select id from task where code = 'TDV-1'").query(Long.class).single();
        long directiveId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String task = mvc.perform(MockMvcRequestBuilders.get("/tasks/" + taskId).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(task).contains("<dd>Trung tâm Phục vụ hành chính công</dd>",
                "<dd>Phòng Văn hóa - Xã hội, Công an phường</dd>").doesNotContain("<dd>pvhcc</dd>");
        // the timeline names who assigned it, not the username
        assertThat(task).contains("— Trần Minh Đức").doesNotContain("— canbo.trungthanh");
        String directive = mvc.perform(MockMvcRequestBuilders.get(location).with(officer))
                .andReturn().getResponse().getContentAsString();
        assertThat(directive).contains("<td>Trung tâm Phục vụ hành chính công</td>").doesNotContain("<td>pvhcc</td>");
        String board = mvc.perform(MockMvcRequestBuilders.get("/wards/trung-thanh/tasks")
                        .param("directive", String.valueOf(directiveId)).with(officer))
                .andReturn().getResponse().getContentAsString();
        assertThat(board).contains("<td>Trung tâm Phục vụ hành chính công</td>").doesNotContain("<td>pvhcc</td>");
    }

    @Test
    void theProvinceSeesEachWardsLight() throws Exception {
        String page = mvc.perform(MockMvcRequestBuilders.get("/provinces/thai-nguyen/task-lights")
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nhiệm vụ của các phường", "Phường Trung Thành", "class=\"light ");
        mvc.perform(MockMvcRequestBuilders.get("/provinces/thai-nguyen/task-lights")
                .with(user(accounts.loadUserByUsername("canbo.trungthanh")))).andExpect(status().isForbidden());
    }
}
