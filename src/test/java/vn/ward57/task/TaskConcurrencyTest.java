package vn.ward57.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;

/**
 * Changes of one task sent at the same moment, from threads against the real database: they follow one
 * another, so a task is completed once, and a change based on a version that moved on is refused (409).
 */
@Ward57Test
class TaskConcurrencyTest {

    private static final AtomicInteger TASKS = new AtomicInteger();
    private static long directive;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void directive() throws Exception {
        if (directive == 0) {
            String body = mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/directives", """
                    {"type":"KH","number":"21/KH-UBND-KHOA","issuedOn":"2026-01-05","issuer":"UBND phường An Hải",
                     "title":"Kế hoạch thử sửa đồng thời","signerRole":"HEAD","issuedByWard":true}
                    """)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            directive = JsonPath.<Integer>read(body, "$.id");
        }
    }

    @Test
    void twoCompletionsAtOnceWriteOneCompletionAndRefuseTheOther() throws Exception {
        for (int round = 0; round < 6; round++) {
            long task = newTask();
            List<Integer> statuses = statuses(at(
                    () -> mvc.perform(complete(task, null)).andReturn(),
                    () -> mvc.perform(complete(task, null)).andReturn()));
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
            assertThat(kinds(task)).as("round " + round).containsExactly("CREATED", "COMPLETED");
        }
    }

    @Test
    void completingTwiceAndReopeningAtOnceLeaveAHistoryThatAlternates() throws Exception {
        for (int round = 0; round < 4; round++) {
            long task = newTask();
            statuses(at(
                    () -> mvc.perform(complete(task, null)).andReturn(),
                    () -> mvc.perform(complete(task, null)).andReturn(),
                    () -> mvc.perform(reopen(task, null)).andReturn()));
            List<String> kinds = kinds(task);
            // each completion follows a state that was not completed: never two completions in a row
            for (int i = 1; i < kinds.size(); i++) {
                assertThat(kinds.get(i)).as(kinds.toString()).isNotEqualTo(kinds.get(i - 1));
            }
            long completed = kinds.stream().filter("COMPLETED"::equals).count();
            long reopened = kinds.stream().filter("REOPENED"::equals).count();
            boolean done = jdbc.sql("select completed_on is not null from task where id = ?").param(task)
                    .query(Boolean.class).single();
            assertThat(completed - reopened).as(kinds.toString()).isEqualTo(done ? 1 : 0);
        }
    }

    @Test
    void withTheVersionTheyReadOnlyTheFirstOfThreeChangesIsMade() throws Exception {
        for (int round = 0; round < 4; round++) {
            long task = newTask();
            String etag = mvc.perform(get("canbo.anhai", "/api/v1/tasks/" + task))
                    .andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getHeader("ETag");
            List<Integer> statuses = statuses(at(
                    () -> mvc.perform(complete(task, etag)).andReturn(),
                    () -> mvc.perform(complete(task, etag)).andReturn(),
                    () -> mvc.perform(reopen(task, etag)).andReturn()));
            assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409, 409);
            assertThat(kinds(task)).as("round " + round).containsExactly("CREATED", "COMPLETED");
        }
    }

    @Test
    void twoLeadersExtendingWithTheSameVersionOneIsRefusedWithWhoChangedItAndWhen() throws Exception {
        for (int round = 0; round < 3; round++) {
            twoLeadersExtend();
        }
    }

    private void twoLeadersExtend() throws Exception {
        long task = newTask();
        String etag = mvc.perform(get("lanhdao.anhai", "/api/v1/tasks/" + task)).andReturn().getResponse()
                .getHeader("ETag");
        List<MvcResult> results = at(
                () -> mvc.perform(extend("lanhdao.anhai", task, etag, "2026-12-31")).andReturn(),
                () -> mvc.perform(extend("admin", task, etag, "2027-03-31")).andReturn());
        assertThat(statuses(results)).containsExactlyInAnyOrder(200, 409);
        MvcResult made = results.stream().filter(r -> r.getResponse().getStatus() == 200).findFirst().orElseThrow();
        MvcResult refused = results.stream().filter(r -> r.getResponse().getStatus() == 409).findFirst().orElseThrow();
        String winner = made == results.get(0) ? "lanhdao.anhai" : "admin";
        assertThat(made.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        String problem = refused.getResponse().getContentAsString();
        assertThat(JsonPath.<Integer>read(problem, "$.currentVersion")).isEqualTo(1);
        assertThat(JsonPath.<String>read(problem, "$.changedBy")).isEqualTo(winner);
        assertThat(JsonPath.<String>read(problem, "$.detail"))
                .startsWith("Bản ghi đã được " + winner + " sửa lúc ")
                .contains("ngày " + vn.ward57.common.VietnameseFormat.date(WardTime.today()))
                .endsWith("; hãy tải lại và nhập lại.");
        assertThat(kinds(task)).containsExactly("CREATED", "EXTENDED");
        String deadline = JsonPath.read(made.getResponse().getContentAsString(), "$.deadline");
        assertThat(jdbc.sql("select deadline from task where id = ?").param(task).query(LocalDate.class).single())
                .hasToString(deadline);
    }

    @Test
    void withoutAVersionTheLastExtensionWinsAsBefore() throws Exception {
        long task = newTask();
        mvc.perform(extend("lanhdao.anhai", task, null, "2026-12-31")).andExpect(status().isOk());
        mvc.perform(extend("admin", task, null, "2027-01-31")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\"")).andExpect(jsonPath("$.version").value(2));
        mvc.perform(extend("admin", task, "*", "2027-02-28")).andExpect(status().isOk());
    }

    @Test
    void anIfMatchThatIsNoVersionIsRefusedWithTheReason() throws Exception {
        long task = newTask();
        mvc.perform(extend("lanhdao.anhai", task, "\"ba\"", "2026-12-31")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"))
                .andExpect(jsonPath("$.detail").value("Tiêu đề If-Match „\"ba\"“ không hợp lệ: gửi lại đúng ETag"
                        + " (phiên bản) mà lần đọc bản ghi trả về, ví dụ \"3\"."));
        assertThat(kinds(task)).containsExactly("CREATED");
    }

    @Test
    void aPageFormReadBeforeAnotherChangeSaysWhoChangedItAndOverwritesNothing() throws Exception {
        long task = newTask();
        var leader = user(accounts.loadUserByUsername("lanhdao.anhai"));
        String page = mvc.perform(MockMvcRequestBuilders.get("/tasks/" + task).with(leader))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"version\" value=\"0\"");
        mvc.perform(extend("admin", task, null, "2027-01-31")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.post("/tasks/" + task + "/extend").with(leader).with(csrf())
                        .param("deadline", "2026-12-31").param("reason", "Chờ kinh phí").param("version", "0"))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("Bản ghi đã được admin sửa lúc "),
                        org.hamcrest.Matchers.endsWith("; hãy tải lại và nhập lại."))));
        assertThat(jdbc.sql("select deadline from task where id = ?").param(task).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(kinds(task)).containsExactly("CREATED", "EXTENDED");
    }

    private long newTask() throws Exception {
        String code = "KHOA-" + TASKS.incrementAndGet();
        String body = mvc.perform(post("canbo.anhai", "/api/v1/directives/" + directive + "/tasks", """
                {"code":"%s","title":"Nhiệm vụ thử sửa đồng thời","startOn":"2026-01-05","deadline":"2026-12-01"}
                """.formatted(code))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id");
    }

    private static RequestBuilder complete(long task, String ifMatch) {
        var request = MockMvcRequestBuilders.multipart("/api/v1/tasks/" + task + "/complete")
                .param("link", "https://anhai.danang.gov.vn/bao-cao").with(httpBasic("canbo.anhai", Api.PASSWORD));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    private static RequestBuilder reopen(long task, String ifMatch) {
        var request = post("canbo.anhai", "/api/v1/tasks/" + task + "/reopen", "{\"reason\":\"Thiếu minh chứng\"}");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    private static RequestBuilder extend(String user, long task, String ifMatch, String deadline) {
        var request = post(user, "/api/v1/tasks/" + task + "/extend",
                "{\"deadline\":\"%s\",\"reason\":\"Chờ kinh phí\"}".formatted(deadline));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request;
    }

    private List<String> kinds(long task) {
        return jdbc.sql("select kind from task_event where task_id = ? order by id").param(task)
                .query(String.class).list();
    }

    /** Runs the requests in threads released at one moment; answers their results in the order given. */
    @SafeVarargs
    static List<MvcResult> at(Callable<MvcResult>... requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            CountDownLatch ready = new CountDownLatch(requests.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<MvcResult>> futures = new ArrayList<>();
            for (Callable<MvcResult> request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await();
            go.countDown();
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static List<Integer> statuses(List<MvcResult> results) {
        return results.stream().map(r -> r.getResponse().getStatus()).toList();
    }
}
