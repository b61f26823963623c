package vn.ward57.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.WardTime;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.TaskImportStatus;

/**
 * A task import and changes of its tasks made by hand at the same moment (issue 21): the import locks the
 * directive's tasks before it compares its rows with them, so a completion or an extension sent meanwhile
 * waits for it and is made on top of it, and a page or client that read a task before the import is told
 * that the task changed (409).
 */
@Ward57Test
class TaskImportConcurrencyTest {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 100_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskImportService imports;
    @Autowired
    DirectiveService directives;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aCompletionAndAnExtensionSentDuringAnImportWaitForItAndNothingIsLost() throws Exception {
        long d = directive();
        long completed = task(d, "A");
        long extended = task(d, "B");
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<Void> go = new CompletableFuture<>();
        // the file renames both tasks and gives A a later deadline; it leaves B's deadline as it was read
        TaskImportStatus started = start(d, """
                code,title,start_date,deadline
                A,Nhiệm vụ A theo tệp,2026-01-05,2027-01-31
                B,Nhiệm vụ B theo tệp,2026-01-05,2026-12-01
                """, done -> {
            if (holding.getCount() > 0) {   // every row checked against the tasks it read, nothing written yet
                holding.countDown();
                go.get(30, TimeUnit.SECONDS);
            }
        });
        assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
        List<MvcResult> results;

        ExecutorService officers = Executors.newFixedThreadPool(2);
        try {
            Future<MvcResult> completion = officers.submit(() -> mvc.perform(
                    MockMvcRequestBuilders.multipart("/api/v1/tasks/" + completed + "/complete")
                            .param("link", "https://anhai.danang.gov.vn/bao-cao")
                            .with(httpBasic("canbo.anhai", Api.PASSWORD))).andReturn());
            Future<MvcResult> extension = officers.submit(() -> mvc.perform(
                    post("lanhdao.anhai", "/api/v1/tasks/" + extended + "/extend",
                            "{\"deadline\":\"2027-06-30\",\"reason\":\"Chờ kinh phí\"}")).andReturn());
            Thread.sleep(1_000);
            assertThat(completion.isDone()).as("the completion waits for the import that holds the task").isFalse();
            assertThat(extension.isDone()).as("the extension waits for the import that holds the task").isFalse();
            go.complete(null);
            results = List.of(completion.get(30, TimeUnit.SECONDS), extension.get(30, TimeUnit.SECONDS));
        } finally {
            go.complete(null);
            officers.shutdown();
        }

        String done = Api.awaitImport(mvc, "/api/v1/task-imports/" + started.id());
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(done, "$.rowsUpdated")).isEqualTo(2);
        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsExactly(200, 200);

        assertThat(kinds(completed)).containsExactly("CREATED", "EXTENDED", "COMPLETED");
        assertThat(column(completed, "title")).isEqualTo("Nhiệm vụ A theo tệp");
        assertThat(column(completed, "deadline")).isEqualTo("2027-01-31");
        assertThat(column(completed, "completed_on")).isEqualTo(WardTime.today().toString());
        assertThat(column(completed, "version")).as("the import's change and the completion").isEqualTo("2");
        assertThat(kinds(extended)).containsExactly("CREATED", "EXTENDED");
        assertThat(column(extended, "title")).isEqualTo("Nhiệm vụ B theo tệp");
        assertThat(column(extended, "deadline")).as("the extension is not undone by the file's older deadline")
                .isEqualTo("2027-06-30");
        assertThat(column(extended, "version")).isEqualTo("2");
    }

    @Test
    void aChangeBasedOnTheVersionReadBeforeAnImportChangedTheTaskIsRefused() throws Exception {
        long d = directive();
        long renamed = task(d, "C");
        long completed = task(d, "D");
        long untouched = task(d, "E");
        String etag = mvc.perform(get("lanhdao.anhai", "/api/v1/tasks/" + renamed))
                .andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getHeader("ETag");
        TaskImportStatus started = start(d, """
                code,title,start_date,deadline,completed_on
                C,Nhiệm vụ C đổi tên,2026-01-05,2026-12-01,
                D,Nhiệm vụ D,2026-01-05,2026-12-01,%s
                E,Nhiệm vụ E,2026-01-05,2026-12-01,
                """.formatted(WardTime.today()), done -> { });
        String done = Api.awaitImport(mvc, "/api/v1/task-imports/" + started.id());
        assertThat(JsonPath.<Integer>read(done, "$.rowsUpdated")).isEqualTo(2);

        mvc.perform(get("lanhdao.anhai", "/api/v1/tasks/" + renamed)).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get("lanhdao.anhai", "/api/v1/tasks/" + completed)).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get("lanhdao.anhai", "/api/v1/tasks/" + untouched))
                .andExpect(header().string("ETag", "\"0\""));
        mvc.perform(post("lanhdao.anhai", "/api/v1/tasks/" + renamed + "/extend",
                        "{\"deadline\":\"2027-06-30\",\"reason\":\"Chờ kinh phí\"}").header("If-Match", etag))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith("hãy tải lại và nhập lại.")));
        mvc.perform(post("canbo.anhai", "/api/v1/tasks/" + completed + "/reopen", "{\"reason\":\"Thiếu minh chứng\"}")
                        .header("If-Match", "\"0\""))
                .andExpect(status().isConflict());
        assertThat(column(renamed, "deadline")).isEqualTo("2026-12-01");
        assertThat(column(completed, "completed_on")).isEqualTo(WardTime.today().toString());
        mvc.perform(post("lanhdao.anhai", "/api/v1/tasks/" + untouched + "/extend",
                        "{\"deadline\":\"2027-06-30\",\"reason\":\"Chờ kinh phí\"}").header("If-Match", "\"0\""))
                .andExpect(status().isOk());
    }

    /** Starts the import as canbo.anhai through the service, so that the tap can hold it. */
    private TaskImportStatus start(long directive, String csv, Tap tap) {
        UserDetails details = accounts.loadUserByUsername("canbo.anhai");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return imports.start(directives.wardOf(directive), directive, "nhiem-vu.csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), false, done -> {
                        try {
                            tap.accept(done);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private interface Tap {
        void accept(long done) throws Exception;
    }

    private long directive() throws Exception {
        String body = mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/directives", """
                        {"type":"KH","number":"%d/KH-KHOA","issuedOn":"2026-01-02","issuer":"UBND phường",
                         "title":"Kế hoạch nhập cùng lúc sửa","signerRole":"HEAD","issuedByWard":true}
                        """.formatted(NUMBERS.incrementAndGet())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id").longValue();
    }

    private long task(long directive, String code) throws Exception {
        String body = mvc.perform(post("canbo.anhai", "/api/v1/directives/" + directive + "/tasks", """
                {"code":"%s","title":"Nhiệm vụ %s","startOn":"2026-01-05","deadline":"2026-12-01"}
                """.formatted(code, code))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.<Integer>read(body, "$.id");
    }

    private List<String> kinds(long task) {
        return jdbc.sql("select kind from task_event where task_id = ? order by id").param(task)
                .query(String.class).list();
    }

    private String column(long task, String column) {
        return jdbc.sql("select " + column + "::text from task where id = ?").param(task).query(String.class)
                .optional().orElse(null);
    }
}
