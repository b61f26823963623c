package vn.ward57.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.dossier.BackgroundImports.csv;
import static vn.ward57.dossier.BackgroundImports.rows;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Issue 21: the dossier imports of one ward run one after the other, so that a later one meets an earlier
 * one's dossiers as ones to update instead of racing it for the same codes. The service's tap runs in the
 * import's thread at each progress report (every 2.000 rows): a test holds an import there, in the middle
 * of its transaction.
 */
@Ward57Test
class DossierImportQueueTest {

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
    void aSecondImportOfTheWardWaitsQueuedForTheFirstAndUpdatesTheDossiersItWrote() throws Exception {
        files.ward("nen-hang");
        CountDownLatch reading = new CountDownLatch(1);
        CompletableFuture<Void> go = new CompletableFuture<>();
        DossierImportStatus first = files.start("nen-hang", csv("Q", 1, 3_000, "Hộ tịch"), (read, percent) -> {
            if (reading.getCount() > 0) {   // 2.000 rows sent, in its open transaction
                reading.countDown();
                BackgroundImports.hold(go);
            }
        });
        assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
        DossierImportStatus second = files.start("nen-hang", csv("Q", 2_001, 4_000, "Đất đai"), (read, percent) -> { });
        DossierImportStatus cancelled = files.start("nen-hang", csv("Z", 1, 10, "Đất đai"), (read, percent) -> { });
        assertThat(second.status()).isEqualTo(DossierImportStatus.Status.QUEUED);
        mvc.perform(get("admin", "/api/v1/dossier-imports/" + second.id()))
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.percentDone").value(0))
                .andExpect(jsonPath("$.message").value(Matchers.startsWith("Đang chờ đến lượt")));
        String page = mvc.perform(MockMvcRequestBuilders.get("/wards/nen-hang/dossier-imports")
                        .with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đang chờ", "every 2s");
        mvc.perform(post("admin", "/api/v1/dossier-imports/" + cancelled.id() + "/cancel", ""))
                .andExpect(status().isOk());
        go.complete(null);

        String one = files.await(first.id());
        assertThat(JsonPath.<String>read(one, "$.status")).as(one).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(one, "$.rowsInserted")).isEqualTo(3_000);
        // Q-2001 … Q-3000 the first wrote, now of another field; Q-3001 … Q-4000 new
        String two = files.await(second.id());
        assertThat(JsonPath.<String>read(two, "$.status")).as(two).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(two, "$.rowsRead")).isEqualTo(2_000);
        assertThat(JsonPath.<Integer>read(two, "$.rowsInserted")).isEqualTo(1_000);
        assertThat(JsonPath.<Integer>read(two, "$.rowsUpdated")).isEqualTo(1_000);
        String three = files.await(cancelled.id());
        assertThat(JsonPath.<String>read(three, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(three, "$.message")).isEqualTo("Đã hủy; không ghi hồ sơ nào.");
        assertThat(files.dossiers("nen-hang", "Hộ tịch")).isEqualTo(2_000);   // Q-1 … Q-2000
        assertThat(files.dossiers("nen-hang", "Đất đai")).isEqualTo(2_000);   // Q-2001 … Q-4000, no Z
    }

    @Test
    void twoImportsOfTheWardSharingCodesStartedAtOnceBothSucceed() throws Exception {
        files.ward("nen-cung");
        // the ward has R-0 and both files begin with it: both take the staged path, where two imports at
        // once each inserted R-1501 … R-3000 and the later one failed on the other's keys
        assertThat(Api.awaitImport(mvc, files.upload("nen-cung", "dau.csv", csv("R", 0, 0, "Hộ tịch"))))
                .contains("SUCCEEDED");
        byte[] a = csv(rows("R", 0, 3_000, "Hộ tịch"));
        byte[] b = csv(rows("R", 0, 0, "Hộ tịch"), rows("R", 1_501, 4_500, "Đất đai"));
        CountDownLatch ready = new CountDownLatch(2);
        ExecutorService users = Executors.newFixedThreadPool(2);
        Future<DossierImportStatus> startA = users.submit(() -> startWhenReady(ready, a));
        Future<DossierImportStatus> startB = users.submit(() -> startWhenReady(ready, b));
        users.shutdown();
        String doneA = files.await(startA.get(60, TimeUnit.SECONDS).id());
        String doneB = files.await(startB.get(60, TimeUnit.SECONDS).id());

        assertThat(JsonPath.<String>read(doneA, "$.status")).as(doneA).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<String>read(doneB, "$.status")).as(doneB).isEqualTo("SUCCEEDED");
        // the first to run inserts its 3.000 new codes; the second finds R-1501 … R-3000 written with the
        // other field, updates those 1.500 and inserts its other 1.500
        assertThat(List.of(written(doneA), written(doneB)))
                .containsExactlyInAnyOrder(List.of(3_000, 0), List.of(1_500, 1_500));
        boolean aLast = written(doneA).equals(List.of(1_500, 1_500));
        assertThat(files.dossiers("nen-cung", "Hộ tịch")).isEqualTo(aLast ? 3_001 : 1_501);
        assertThat(files.dossiers("nen-cung", "Đất đai")).isEqualTo(aLast ? 1_500 : 3_000);
    }

    private DossierImportStatus startWhenReady(CountDownLatch ready, byte[] file) throws InterruptedException {
        ready.countDown();
        ready.await(30, TimeUnit.SECONDS);
        return files.start("nen-cung", file, (read, percent) -> { });
    }

    private static List<Integer> written(String done) {
        return List.of(JsonPath.<Integer>read(done, "$.rowsInserted"), JsonPath.<Integer>read(done, "$.rowsUpdated"));
    }
}
