package vn.ward57.task;

import static vn.ward57.Api.WARD_WIDE;
import static vn.ward57.Api.UNIT_DENIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * A task is its lead unit's work: congan.anhai (unit cong-an of an-hai) records progress on, completes and
 * reopens cong-an's tasks, not kinh-te's nor those of no lead unit (the ward's), and vhxh.anhai not
 * cong-an's; the API and the pages refuse alike and nothing is written. Registering a directive and what it
 * assigns stays every officer's (the office's clerk is an officer of a unit); a file of tasks, which
 * completes and re-dates the tasks of every unit, is not a unit officer's.
 */
@Ward57Test
class TaskUnitAccessTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aUnitOfficerWorksOnlyOnItsOwnUnitsTasks() throws Exception {
        long d = directive("congan.anhai");
        long economy = task("congan.anhai", d, "UA-KT", "kinh-te");
        long police = task("congan.anhai", d, "UA-CA", "cong-an");
        long ward = task("canbo.anhai", d, "UA-PH", null);

        progress("congan.anhai", economy).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        complete("congan.anhai", economy).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        progress("congan.anhai", ward).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        progress("vhxh.anhai", police).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(events(economy) + events(ward) + events(police)).as("only the CREATED entries").isEqualTo(3);
        assertThat(completedOn(economy)).isNull();

        progress("congan.anhai", police).andExpect(status().isOk());
        complete("congan.anhai", police).andExpect(status().isOk())
                .andExpect(jsonPath("$.completedOn").value("2026-03-02"));
        mvc.perform(post("congan.anhai", "/api/v1/tasks/" + police + "/reopen", "{\"reason\":\"Thiếu minh chứng\"}"))
                .andExpect(status().isOk());
        complete("canbo.anhai", economy).andExpect(status().isOk());
        mvc.perform(post("congan.anhai", "/api/v1/tasks/" + economy + "/reopen", "{\"reason\":\"Thiếu minh chứng\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(UNIT_DENIED));
        assertThat(completedOn(economy)).isNotNull();
    }

    @Test
    void thePagesRefuseAnotherUnitsTask() throws Exception {
        long d = directive("canbo.anhai");
        long economy = task("canbo.anhai", d, "UA-TKT", "kinh-te");
        long police = task("canbo.anhai", d, "UA-TCA", "cong-an");
        RequestPostProcessor congan = user(accounts.loadUserByUsername("congan.anhai"));

        mvc.perform(MockMvcRequestBuilders.multipart("/tasks/" + economy + "/progress").with(congan).with(csrf())
                        .param("note", "Đã làm"))
                .andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString(UNIT_DENIED)));
        mvc.perform(MockMvcRequestBuilders.multipart("/tasks/" + economy + "/complete").with(congan).with(csrf())
                        .param("completedOn", "2026-03-02").param("link", "https://anhai.gov.vn/bao-cao"))
                .andExpect(status().isForbidden());
        assertThat(events(economy)).isEqualTo(1);
        assertThat(completedOn(economy)).isNull();
        assertThat(page(congan, economy)).doesNotContain("action=\"/tasks/" + economy + "/progress\"");
        assertThat(page(congan, police)).contains("action=\"/tasks/" + police + "/progress\"");

        mvc.perform(MockMvcRequestBuilders.multipart("/tasks/" + police + "/progress").with(congan).with(csrf())
                        .param("note", "Đã làm"))
                .andExpect(status().is3xxRedirection());
        assertThat(events(police)).isEqualTo(2);
    }

    @Test
    void aFileOfTasksIsNotAUnitOfficersWork() throws Exception {
        long d = directive("congan.anhai");
        var file = new MockMultipartFile("file", "nhiem-vu.csv", "text/csv",
                "code,title,lead_unit\nUA-F1,Nhiệm vụ từ tệp,kinh-te\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/directives/" + d + "/task-imports").file(file)
                        .with(httpBasic("congan.anhai", Api.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", Matchers.startsWith(WARD_WIDE)));
        mvc.perform(MockMvcRequestBuilders.multipart("/directives/" + d + "/task-imports").file(file)
                        .with(user(accounts.loadUserByUsername("congan.anhai"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from task_import where directive_id = ?").param(d).query(Long.class)
                .single()).isZero();
        String page = mvc.perform(MockMvcRequestBuilders.get("/directives/" + d)
                        .with(user(accounts.loadUserByUsername("congan.anhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("action=\"/directives/" + d + "/tasks\"")
                .doesNotContain("action=\"/directives/" + d + "/task-imports\"");
    }

    /** A directive registered by the given officer (any officer of the ward keeps the register). */
    private long directive(String officer) throws Exception {
        String body = mvc.perform(post(officer, "/api/v1/wards/an-hai/directives", """
                        {"type":"KH","number":"%d/KH-DV","issuedOn":"2026-01-02","issuer":"UBND phường",
                         "title":"Kế hoạch giao việc theo đơn vị","signerRole":"HEAD","issuedByWard":true}
                        """.formatted(NUMBERS.incrementAndGet())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id").longValue();
    }

    private long task(String officer, long directive, String code, String leadUnit) throws Exception {
        String body = mvc.perform(post(officer, "/api/v1/directives/" + directive + "/tasks", """
                        {"code":"%s","title":"Nhiệm vụ %s","startOn":"2026-01-05","deadline":"2026-12-31"%s}
                        """.formatted(code, code, leadUnit == null ? "" : ",\"leadUnit\":\"" + leadUnit + "\"")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id").longValue();
    }

    private ResultActions progress(String officer, long task) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + task + "/progress")
                .param("note", "Đã triển khai").with(httpBasic(officer, Api.PASSWORD)));
    }

    private ResultActions complete(String officer, long task) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/tasks/" + task + "/complete")
                .param("completedOn", "2026-03-02").param("link", "https://anhai.gov.vn/bao-cao")
                .with(httpBasic(officer, Api.PASSWORD)));
    }

    private String page(RequestPostProcessor who, long task) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/tasks/" + task).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long events(long task) {
        return jdbc.sql("select count(*) from task_event where task_id = ?").param(task).query(Long.class).single();
    }

    private java.time.LocalDate completedOn(long task) {
        return jdbc.sql("select completed_on from task where id = ?").param(task).query(java.time.LocalDate.class)
                .optional().orElse(null);
    }
}
