package vn.ward57.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.TaskImportStatus;

/**
 * Task imports in the background (issue 21, items 1 and 5), in the demo ward an-hai, each test in
 * its own directive. The service's tap runs in the import's thread at each progress report: the tests
 * hold an import there, in the middle of its transaction, or make it fail.
 */
@Ward57Test
class TaskImportBackgroundTest {

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
    void aBigImportRunsInTheBackgroundAndAnotherWriteOfTheWardGoesOnMeanwhile() throws Exception {
        long d = directive();
        long revisionBefore = revision();
        CountDownLatch written = new CountDownLatch(1);
        CompletableFuture<Void> otherWrite = new CompletableFuture<>();
        TaskImportStatus started = start(d, rows("BG", 1, 5_000, "Nhiệm vụ"), done -> {
            if (done > 5_000 && written.getCount() > 0) {   // a first batch written, not committed
                written.countDown();
                awaitQuietly(otherWrite);
            }
        });
        assertThat(started.status()).isIn(TaskImportStatus.Status.QUEUED, TaskImportStatus.Status.RUNNING);
        assertThat(started.rowsRead()).isEqualTo(5_000);
        assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();

        // a write of the same ward while the import holds 1.000 written rows in its open transaction
        directive();
        assertThat(statusInDatabase(started.id())).as("the other write ended before the import").isEqualTo("RUNNING");
        otherWrite.complete(null);

        String done = Api.awaitImport(mvc, "/api/v1/task-imports/" + started.id());
        assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(done, "$.rowsInserted")).isEqualTo(5_000);
        assertThat(JsonPath.<Integer>read(done, "$.percentDone")).isEqualTo(100);
        assertThat(tasks(d)).isEqualTo(5_000);
        assertThat(revision()).as("the figures of the ward change with the import").isGreaterThan(revisionBefore);
    }

    @Test
    void aSecondImportOfTheWardWaitsForTheFirstAndMeetsItsCodesAsTasksToUpdate() throws Exception {
        long d = directive();
        CountDownLatch written = new CountDownLatch(1);
        CompletableFuture<Void> go = new CompletableFuture<>();
        TaskImportStatus first = start(d, rows("K", 1, 1_000, "Nhiệm vụ"), done -> {
            if (done > 1_000 && written.getCount() > 0) {
                written.countDown();
                awaitQuietly(go);
            }
        });
        assertThat(written.await(60, TimeUnit.SECONDS)).isTrue();
        TaskImportStatus second = start(d, rows("K", 501, 1_500, "Nhiệm vụ sửa"), done -> { });
        mvc.perform(get("canbo.anhai", "/api/v1/task-imports/" + second.id()))
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Đang chờ")));
        go.complete(null);

        String one = Api.awaitImport(mvc, "/api/v1/task-imports/" + first.id());
        String two = Api.awaitImport(mvc, "/api/v1/task-imports/" + second.id());
        assertThat(JsonPath.<String>read(one, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(one, "$.rowsInserted")).isEqualTo(1_000);
        assertThat(JsonPath.<String>read(two, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(two, "$.rowsInserted")).isEqualTo(500);
        assertThat(JsonPath.<Integer>read(two, "$.rowsUpdated")).isEqualTo(500);
        assertThat(tasks(d)).isEqualTo(1_500);
    }

    @Test
    void aFileOverTheRowLimitIsRefusedBeforeAnythingIsWritten() throws Exception {
        long d = directive();
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/directives/" + d + "/task-imports")
                        .file(new MockMultipartFile("file", "qua-lon.csv", "text/csv", rows("L", 1, 100_001, "Việc")))
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic("canbo.anhai", Api.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Tệp có 100.001 dòng nhiệm vụ, quá giới hạn 100.000 dòng mỗi lần nhập; chưa ghi dòng nào.")));
        assertThat(jdbc.sql("select count(*) from task_import where directive_id = ?").param(d).query(Long.class)
                .single()).isZero();
        assertThat(tasks(d)).isZero();
    }

    @Test
    void anErrorInTheMiddleEndsTheImportFailedWithNothingWrittenAndTheWardsNextImportRuns() throws Exception {
        long d = directive();
        TaskImportStatus memory = start(d, rows("E", 1, 3_000, "Việc"), done -> {
            if (done > 3_000) {
                throw new OutOfMemoryError("thử: hết bộ nhớ giữa chừng");
            }
        });
        TaskImportStatus other = start(d, rows("E", 1, 10, "Việc"), done -> {
            throw new StackOverflowError("thử");
        });
        TaskImportStatus next = start(d, rows("E", 1, 10, "Việc"), done -> { });
        String failed = Api.awaitImport(mvc, "/api/v1/task-imports/" + memory.id());
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(failed, "$.message")).startsWith(
                "Nhập không thành công vì máy chủ không đủ bộ nhớ cho tệp này; không ghi nhiệm vụ nào.");
        String broken = Api.awaitImport(mvc, "/api/v1/task-imports/" + other.id());
        assertThat(JsonPath.<String>read(broken, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(broken, "$.message")).startsWith(
                "Nhập không thành công vì hệ thống gặp lỗi").doesNotContain("CSV");
        String ok = Api.awaitImport(mvc, "/api/v1/task-imports/" + next.id());
        assertThat(JsonPath.<String>read(ok, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(tasks(d)).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from attachment where directive_id = ?").param(d).query(Long.class)
                .single()).as("only the last import's file is kept").isEqualTo(1);
    }

    /** Starts the import as canbo.anhai, through the service, so that the tap can be given. */
    private TaskImportStatus start(long directive, byte[] file, LongConsumer tap) {
        UserDetails details = accounts.loadUserByUsername("canbo.anhai");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        try {
            return imports.start(directives.wardOf(directive), directive, "nhiem-vu.csv", new ByteArrayInputStream(file), false, tap);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Holds the import until the test says go; gives up after a while so that a blocked test ends. */
    private static void awaitQuietly(CompletableFuture<Void> go) {
        try {
            go.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | InterruptedException | ExecutionException e) {
            // the test's other write was blocked: it then ends after the import, and the test says so
        }
    }

    private static byte[] rows(String prefix, int from, int to, String title) {
        StringBuilder csv = new StringBuilder("code,title\n");
        for (int i = from; i <= to; i++) {
            csv.append(prefix).append('-').append(i).append(',').append(title).append(' ').append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long directive() throws Exception {
        String body = mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/directives", """
                        {"type":"KH","number":"%d/KH-NEN","issuedOn":"2026-01-02","issuer":"UBND phường",
                         "title":"Kế hoạch nhập nền","signerRole":"HEAD","issuedByWard":true}
                        """.formatted(NUMBERS.incrementAndGet())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Integer>read(body, "$.id").longValue();
    }

    private String statusInDatabase(long importId) {
        return jdbc.sql("select status from task_import where id = ?").param(importId).query(String.class).single();
    }
    private long revision() {
        return jdbc.sql("select r.revision from ward_revision r join ward w on w.id = r.ward_id where w.code = 'an-hai'")
                .query(Long.class).single();
    }

    private long tasks(long directive) {
        return jdbc.sql("select count(*) from task where directive_id = ?").param(directive).query(Long.class).single();
    }
}
