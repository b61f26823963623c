package vn.ward57.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * A progress note, a reason longer than task_event.note holds is refused with its field and the limit,
 * before the database would refuse it without naming either; nothing is written.
 */
@Ward57Test
class TaskNoteLengthTest {

    private static final String OFFICER = "canbo.trungthanh";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    private long task(String number) throws Exception {
        String directive = mvc.perform(post(OFFICER, "/api/v1/wards/trung-thanh/directives", """
                {"type":"KH","number":"%s","issuedOn":"2026-03-01","issuer":"UBND phường Trung Thành",
                 "title":"Kế hoạch thử độ dài ghi chú"}
                """.formatted(number))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long directiveId = JsonPath.<Number>read(directive, "$.id").longValue();
        String task = mvc.perform(post(OFFICER, "/api/v1/directives/" + directiveId + "/tasks", """
                {"code":"GC-1","title":"Nhiệm vụ thử","startOn":"2026-03-01","deadline":"2026-12-31"}
                """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(task, "$.id").longValue();
    }

    private long events(long taskId) {
        return jdbc.sql("select count(*) from task_event where task_id = ?").param(taskId).query(Long.class).single();
    }

    @Test
    void aTooLongProgressNoteIsRefusedWithItsFieldAndTheLimit() throws Exception {
        long taskId = task("921/KH-UBND");
        long before = events(taskId);
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + taskId + "/progress")
                        .param("note", "x".repeat(4001)).with(httpBasic(OFFICER, Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Nội dung (ghi chú) dài quá 4.000 ký tự (đang có 4.001 ký tự)."))
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        // the page says the same beside the form
        mvc.perform(MockMvcRequestBuilders.multipart("/tasks/" + taskId + "/progress").param("note", "x".repeat(4001))
                        .with(user(accounts.loadUserByUsername(OFFICER))).with(csrf()))
                .andExpect(flash().attribute("flashError", "Nội dung (ghi chú) dài quá 4.000 ký tự (đang có 4.001 ký tự)."));
        assertThat(events(taskId)).isEqualTo(before);
        // at the limit it is kept
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + taskId + "/progress")
                        .param("note", "x".repeat(4000)).with(httpBasic(OFFICER, Api.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(events(taskId)).isEqualTo(before + 1);
    }

    @Test
    void aTooLongReasonIsRefusedWithItsField() throws Exception {
        long taskId = task("922/KH-UBND");
        mvc.perform(post("lanhdao.trungthanh", "/api/v1/tasks/" + taskId + "/extend",
                        "{\"deadline\":\"2027-01-31\",\"reason\":\"" + "y".repeat(4001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Lý do dài quá 4.000 ký tự (đang có 4.001 ký tự)."))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void reopeningExtendingAndReassigningEachNeedAReason() throws Exception {
        long taskId = task("923/KH-UBND");
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + taskId + "/complete")
                        .param("link", "https://example.vn/bao-cao").with(httpBasic(OFFICER, Api.PASSWORD)))
                .andExpect(status().isOk());
        long before = events(taskId);
        for (var step : new String[][] {{OFFICER, "reopen", "{\"reason\":\"  \"}"},
                {"lanhdao.trungthanh", "extend", "{\"deadline\":\"2027-01-31\"}"},
                {"lanhdao.trungthanh", "reassign", "{\"reason\":\"\"}"}}) {
            mvc.perform(post(step[0], "/api/v1/tasks/" + taskId + "/" + step[1], step[2]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("Hãy ghi lý do."))
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
        }
        assertThat(events(taskId)).isEqualTo(before);
    }
}
