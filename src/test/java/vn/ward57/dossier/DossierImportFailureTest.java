package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ward57.dossier.BackgroundImports.csv;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Issue 21: whatever stops a dossier import ends it FAILED, never RUNNING, with a message that says why:
 * the server's memory, a system error (the database among them), or a file that cannot be read. The
 * service's tap runs in the import's thread, in its transaction, at each progress report (every 2.000 rows).
 */
@Ward57Test
class DossierImportFailureTest {

    private static final String SYSTEM = "Nhập không thành công vì hệ thống gặp lỗi (đã ghi vào nhật ký máy chủ); "
            + "không ghi hồ sơ nào.";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DossierImportService imports;
    @Autowired
    vn.ward57.org.WardService wards;
    @Autowired
    UserDetailsService accounts;

    private BackgroundImports files;

    @BeforeEach
    void files() {
        files = new BackgroundImports(mvc, jdbc, imports, accounts, wards);
    }

    @Test
    void anErrorInTheMiddleEndsTheImportFailedWithNothingWrittenAndTheWardsNextImportRuns() throws Exception {
        files.ward("nen-bo-nho");
        DossierImportStatus memory = files.start("nen-bo-nho", csv("M", 1, 2_500, "Hộ tịch"), (read, percent) -> {
            throw new OutOfMemoryError("thử: hết bộ nhớ giữa chừng");
        });
        DossierImportStatus other = files.start("nen-bo-nho", csv("M", 1, 2_000, "Hộ tịch"), (read, percent) -> {
            throw new StackOverflowError("thử");
        });
        DossierImportStatus next = files.start("nen-bo-nho", csv("M", 1, 10, "Hộ tịch"), (read, percent) -> { });

        String failed = files.await(memory.id());
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(failed, "$.message")).isEqualTo("Nhập không thành công vì máy chủ không đủ "
                + "bộ nhớ cho tệp này; không ghi hồ sơ nào. Hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.");
        assertThat(statusInDatabase(memory.id())).isEqualTo("FAILED");
        String broken = files.await(other.id());
        assertThat(JsonPath.<String>read(broken, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(broken, "$.message")).startsWith(SYSTEM).doesNotContain("CSV", "XLSX");
        String ok = files.await(next.id());
        assertThat(JsonPath.<String>read(ok, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(ok, "$.rowsInserted")).isEqualTo(10);
        assertThat(files.dossiers("nen-bo-nho", "Hộ tịch")).isEqualTo(10);
    }

    @Test
    void aDatabaseErrorEndsTheImportFailedAsASystemErrorNotAsAnUnreadableFile() throws Exception {
        files.ward("nen-csdl");
        // the database ends the import's session in the middle of its COPY (from another session: the
        // import's own is busy with the COPY), as a restart of the server or a lost network does
        AtomicReference<List<Boolean>> ended = new AtomicReference<>();
        DossierImportStatus started = files.start("nen-csdl", csv("D", 1, 2_500, "Hộ tịch"), (read, percent) ->
                ended.set(CompletableFuture.supplyAsync(() -> jdbc.sql("""
                        select pg_terminate_backend(pid) from pg_stat_activity
                        where pid <> pg_backend_pid() and query like 'copy dossier (%' and state = 'active'
                        """).query(Boolean.class).list()).join()));
        String failed = files.await(started.id());
        assertThat(ended.get()).as("the import's session was ended").containsExactly(true);
        assertThat(JsonPath.<String>read(failed, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(failed, "$.message")).startsWith(SYSTEM);
        assertThat(statusInDatabase(started.id())).isEqualTo("FAILED");
        assertThat(files.dossiers("nen-csdl", "Hộ tịch")).isZero();
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsUnreadable() throws Exception {
        files.ward("nen-hong");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("ghi-chu.txt"));
            out.write("không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = "PK\u0003\u0004 cắt ngang".getBytes(StandardCharsets.UTF_8);
        for (byte[] file : new byte[][] {zip.toByteArray(), truncated}) {
            String done = Api.awaitImport(mvc, files.upload("nen-hong", "mot-cua.xlsx", file));
            assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("FAILED");
            assertThat(JsonPath.<String>read(done, "$.message"))
                    .startsWith("Không đọc được tệp: tệp không phải bảng tính XLSX đọc được");
        }
    }

    private String statusInDatabase(long id) {
        return jdbc.sql("select status from dossier_import where id = ?").param(id).query(String.class).single();
    }
}
