package vn.ward57.common.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableColumn;
import vn.ward57.common.table.TableImport;
import vn.ward57.common.web.Messages;

/**
 * Register imports in the background (issue 21): queued per ward, cancelled before or while they run, ended
 * FAILED with a message by any Throwable, refused at once when too large, refused past the row limit while
 * the file is read, marked interrupted after a restart, and hidden from another ward's users.
 */
@Ward57Test
class RegisterImportsTest {

    private static final String CSV = "Tên\nMột\nHai\nBa\n";

    @Autowired
    RegisterImports imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Messages messages;
    @Autowired
    UserDetailsService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anImportWaitsForTheWardsEarlierOneAndIsCancelledBeforeItRuns() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondRan = new AtomicBoolean();
        RegisterImport first = start("a.csv", (name, path) -> {
            running.countDown();
            await(release);
            return 3;
        });
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        RegisterImport second = start("b.csv", (name, path) -> {
            secondRan.set(true);
            return 1;
        });
        assertThat(imports.status(first.id()).status()).isEqualTo(RegisterImport.Status.RUNNING);
        assertThat(imports.status(second.id()).status()).isEqualTo(RegisterImport.Status.QUEUED);
        assertThat(imports.status(second.id()).message()).startsWith("Đang chờ");

        assertThat(imports.cancel(second.id()).status()).isEqualTo(RegisterImport.Status.CANCELLED);
        release.countDown();
        RegisterImport done = awaitEnd(first.id());
        assertThat(done.status()).isEqualTo(RegisterImport.Status.SUCCEEDED);
        assertThat(done.rowsImported()).isEqualTo(3);
        assertThat(done.message()).isEqualTo("Đã nhập 3 dòng thiết bị.");
        Thread.sleep(300);
        assertThat(secondRan).as("a cancelled import never runs").isFalse();
        assertThat(imports.status(second.id()).message()).isEqualTo("Đã hủy lần nhập theo yêu cầu; không ghi dòng nào.");
    }

    @Test
    void aRunningImportStopsAtTheNextRowWhenCancelled() throws Exception {
        CountDownLatch atFirstRow = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Long> id = new AtomicReference<>();
        RegisterImport started = start("c.csv", (name, path) -> TableImport.rows(name, path,
                List.of(TableColumn.required("Tên", 100)), messages, row -> {
                    atFirstRow.countDown();
                    await(go);
                    return row.text(TableColumn.required("Tên", 100));
                }).size());
        id.set(started.id());
        assertThat(atFirstRow.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(imports.cancel(started.id()).message()).isEqualTo("Đang dừng theo yêu cầu hủy…");
        go.countDown();
        RegisterImport done = awaitEnd(started.id());
        assertThat(done.status()).isEqualTo(RegisterImport.Status.CANCELLED);
        assertThat(done.rowsImported()).isZero();
    }

    @Test
    void anyThrowableEndsTheImportFailedWithAMessageAndItsTemporaryFileIsDeleted() throws Exception {
        AtomicReference<Path> kept = new AtomicReference<>();
        RegisterImport memory = start("d.csv", (name, path) -> {
            kept.set(path);
            throw new OutOfMemoryError("Java heap space");
        });
        RegisterImport ended = awaitEnd(memory.id());
        assertThat(ended.status()).isEqualTo(RegisterImport.Status.FAILED);
        assertThat(ended.message()).startsWith("Nhập không thành công vì máy chủ không đủ bộ nhớ");
        assertThat(kept.get()).isNotNull().doesNotExist();

        RegisterImport bug = start("e.csv", (name, path) -> {
            throw new IllegalStateException("a bug");
        });
        assertThat(awaitEnd(bug.id()).message()).startsWith("Nhập không thành công vì hệ thống gặp lỗi");

        // an outcome that cannot be worded (the thread's language unreadable, as a recycled request's was)
        // still ends the import
        RegisterImport unworded = start("f.csv", (name, path) -> {
            org.springframework.context.i18n.LocaleContextHolder.setLocaleContext(() -> {
                throw new IllegalStateException("The request object has been recycled");
            });
            return 1;
        });
        RegisterImport recorded = awaitEnd(unworded.id());
        assertThat(recorded.status()).isEqualTo(RegisterImport.Status.FAILED);
        assertThat(recorded.message()).startsWith("Nhập không thành công vì hệ thống gặp lỗi");
    }

    @Test
    void aFileIsRefusedAtOnceWhenItIsNoTableOrTooLarge() {
        signIn();
        long ward = anHai();
        assertThatThrownBy(() -> imports.start(ward, "asset", "asset.imported",
                new MockMultipartFile("file", "x.pdf", null, new byte[] {1}), (n, p) -> 0))
                .isInstanceOf(InvalidInputException.class).hasMessage("tablefile.bad-type");
        var huge = new MockMultipartFile("file", "x.csv", null, CSV.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public long getSize() {
                return 65L * 1024 * 1024;
            }
        };
        assertThatThrownBy(() -> imports.start(ward, "asset", "asset.imported", huge, (n, p) -> 0))
                .isInstanceOf(InvalidInputException.class).hasMessage("tablefile.too-large");
    }

    @Test
    void theRowLimitRefusesAFileWhileItIsRead(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f.csv"), CSV);
        TableColumn name = TableColumn.required("Tên", 100);
        ImportRun run = new ImportRun(2);
        assertThatThrownBy(() -> run.bound(() -> TableImport.rows("f.csv", file, List.of(name), messages,
                row -> row.text(name))))
                .isInstanceOf(InvalidInputException.class).hasMessage("tablefile.too-many-rows");
        assertThat(new ImportRun(3).bound(() -> TableImport.rows("f.csv", file, List.of(name), messages,
                row -> row.text(name)))).containsExactly("Một", "Hai", "Ba");
    }

    @Test
    void importsLeftRunningByAStopAreMarkedInterrupted() {
        long id = jdbc.sql("""
                insert into register_import (ward_id, kind, file_name, status, started_by)
                values (?, 'asset', 'f.csv', 'RUNNING', 'canbo.anhai') returning id
                """).param(anHai()).query(Long.class).single();
        imports.markInterrupted();
        RegisterImport marked = imports.status(id);
        assertThat(marked.status()).isEqualTo(RegisterImport.Status.FAILED);
        assertThat(marked.message()).startsWith("Lần nhập bị dừng vì ứng dụng khởi động lại");
    }

    @Test
    void anotherWardsUserNeitherSeesNorCancelsAnImport() throws Exception {
        RegisterImport started = start("g.csv", (name, path) -> 1);
        awaitEnd(started.id());
        mvc.perform(get("canbo.anhai", started.location())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUCCEEDED")).andExpect(jsonPath("$.fileName").value("g.csv"));
        mvc.perform(get("canbo.trungthanh", started.location())).andExpect(status().isForbidden());
        mvc.perform(post("canbo.trungthanh", started.location() + "/cancel", "")).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/imports/" + started.id())
                .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("canbo.trungthanh"))))
                .andExpect(status().isForbidden());
        String panel = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/imports/" + started.id()).header("HX-Request", "true")
                .with(SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("canbo.anhai"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).startsWith("<section id=\"register-import\"").contains("g.csv", "Đã nhập 1 dòng thiết bị.")
                .doesNotContain("every 2s");
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/imports")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + started.id() + ")].kind").value("asset"));
    }

    private RegisterImport start(String fileName, RegisterImports.Job job) {
        signIn();
        try {
            return imports.start(anHai(), "asset", "asset.imported",
                    new MockMultipartFile("file", fileName, "text/csv", CSV.getBytes(StandardCharsets.UTF_8)), job);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn() {
        UserDetails details = accounts.loadUserByUsername("canbo.anhai");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    private long anHai() {
        return jdbc.sql("select id from ward where code = 'an-hai'").query(Long.class).single();
    }

    private RegisterImport awaitEnd(long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            RegisterImport now = imports.status(id);
            if (now.finished()) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end in 30 s");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
