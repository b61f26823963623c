package vn.ward57.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import vn.ward57.dossier.domain.DossierMonthRepository;
import vn.ward57.load.DashboardLoadBenchmark.Result;
import vn.ward57.load.WriteLoad.Auth;

/**
 * Issue 21's load goal, measured: 50 users (-Dbench.users=; half in each ward, one wrk connection each) write
 * indicator values for 60 s (-Dbench.seconds=) in an-hai and in trung-thanh at once, first with no import
 * running (the reference), then while an-hai imports a register of 100.000 assets (-Dbench.assetRows=) and an
 * export of 1.000.000 dossiers (-Dbench.dossierRows=), each posted again as soon as it ends. Prints p50/p99 of
 * the writes of each ward, their errors (non-2xx, or a form that does not say "saved"), the ratio to the
 * reference, each import's time and outcome, and the heap's peak. Goal: p99 < 500 ms in both wards, 0 errors.
 * The writes go through the report form of signed-in officers (SESSION) and through the API with HTTP Basic
 * (BASIC), which checks the password (PBKDF2) on every request: -Dbench.auth=session,basic (default both).
 * Each way runs with each think time of -Dbench.think= (ms a user pauses between two saves; default 0,2000):
 * 0 writes flat out, the most the two cores take; 2000 is a brisk officer moving from field to field.
 * Needs wrk (apt-get install wrk). Prints; asserts nothing but that the load ran.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ImportLoadBenchmark {

    private static final String WARD = "an-hai";
    private static final String OTHER = "trung-thanh";
    private static final String PREFIX = "TAI";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DossierMonthRepository months;
    @Autowired
    PasswordEncoder passwords;
    @TempDir
    Path dir;

    /** One ward's writers: the officer, the values they enter, their sessions. */
    private record Writers(String ward, String user, List<WriteLoad.Target> targets, List<String> cookies,
                           List<String> tokens) {
    }

    @Test
    void writesBesideBigImports() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 60);
        int users = Integer.getInteger("bench.users", 50);
        int warmUp = Integer.getInteger("bench.warmup", 20);
        int assetRows = Integer.getInteger("bench.assetRows", 100_000);
        int dossierRows = Integer.getInteger("bench.dossierRows", 1_000_000);
        List<Auth> modes = Arrays.stream(System.getProperty("bench.auth", "session,basic").split(","))
                .map(m -> Auth.valueOf(m.strip().toUpperCase(Locale.ROOT))).toList();
        List<Integer> thinks = Arrays.stream(System.getProperty("bench.think", "0,2000").split(","))
                .map(t -> Integer.valueOf(t.strip())).toList();
        String base = "http://localhost:" + port;
        Locale vi = Locale.forLanguageTag("vi");
        long t0 = System.nanoTime();
        Path assets = ImportFiles.assets(dir, assetRows);
        Path dossiers = ImportFiles.dossiers(dir, PREFIX, dossierRows);
        System.out.printf(vi, "%nTệp: %,d thiết bị (%,d MB), %,d hồ sơ (%,d MB), tạo trong %,d ms; heap tối đa %,d MB%n",
                assetRows, Files.size(assets) >> 20, dossierRows, Files.size(dossiers) >> 20,
                (System.nanoTime() - t0) / 1_000_000, Runtime.getRuntime().maxMemory() >> 20);
        if (modes.contains(Auth.BASIC)) {
            System.out.printf(vi, "một lần kiểm tra mật khẩu (mỗi yêu cầu BASIC làm một lần): %,.0f ms%n", passwordCheckMs());
        }
        Writers here = writers(base, WARD, "canbo.anhai", users / 2);
        Writers there = writers(base, OTHER, "canbo.trungthanh", users - users / 2);
        AppClient officer = new AppClient(base, "canbo.anhai");
        List<String> report = new ArrayList<>();
        for (Auth auth : modes) {
          for (int think : thinks) {
            WrkLoad a = WriteLoad.wrk(auth, WARD, here.targets(), here.user(), here.cookies(), here.tokens(), think);
            WrkLoad b = WriteLoad.wrk(auth, OTHER, there.targets(), there.user(), there.cookies(), there.tokens(),
                    think);
            both(a, b, users, warmUp);    // the JIT compiler's work, not measured
            Result[] reference = both(a, b, users, seconds);
            String referenceNotes = notes(a, "  không nhập, " + WARD + ": ")
                    + notes(b, "  không nhập, " + OTHER + ": ");
            removeImported();
            HeapWatch watch = HeapWatch.start();
            ImportLoop assetLoop = ImportLoop.start(officer, "/api/v1/wards/" + WARD + "/asset-imports",
                    "thiet-bi.csv", assets);
            ImportLoop dossierLoop = ImportLoop.start(officer, "/api/v1/wards/" + WARD + "/dossier-imports",
                    "ho-so.csv", dossiers);
            long from = System.nanoTime();
            Result[] loaded = both(a, b, users, seconds);
            long to = System.nanoTime();
            assetLoop.close();    // once the import under way has ended
            dossierLoop.close();
            HeapWatch.Peak heap = watch.peak();
            watch.close();
            report.add("\n--- ghi bằng " + (auth == Auth.SESSION ? "biểu mẫu báo cáo, phiên đăng nhập (SESSION)"
                    : "API, HTTP Basic mỗi yêu cầu (BASIC)") + ", " + (think == 0 ? "không nghỉ (hết sức máy chủ)"
                    : "mỗi người nghỉ ~" + think + " ms giữa hai lần lưu") + " ---");
            report.add(line("không nhập, " + WARD, reference[0], reference[0]));
            report.add(line("không nhập, " + OTHER, reference[1], reference[1]));
            report.add(line("đang nhập, " + WARD + " (cùng phường)", loaded[0], reference[0]));
            report.add(line("đang nhập, " + OTHER + " (phường khác)", loaded[1], reference[1]));
            report.add(referenceNotes + notes(a, "  đang nhập, " + WARD + ": ")
                    + notes(b, "  đang nhập, " + OTHER + ": "));
            report.add(String.format(vi, "nhập trong %d s đo: thiết bị chạy %,.1f s, hồ sơ chạy %,.1f s", seconds,
                    assetLoop.covered(from, to), dossierLoop.covered(from, to)));
            assetLoop.runs().forEach(r -> report.add(r.line("thiết bị " + assetRows)));
            dossierLoop.runs().forEach(r -> report.add(r.line("hồ sơ " + dossierRows)));
            report.add(heap.line());
          }
        }
        System.out.printf(vi, """

                === Ghi giữa lúc nhập lớn (issue 21): %d người dùng (%d ở mỗi phường), %d s mỗi lần đo ===
                mục tiêu: p99 < 500 ms ở cả hai phường, 0 lỗi%s
                """, users, users / 2, seconds, String.join("\n", report));
    }

    /** Signs the ward's officer in (one session per user) and finds the values they can enter. */
    private Writers writers(String base, String ward, String user, int sessions) throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            clients.add(Sessions.signIn(base, user));
        }
        List<WriteLoad.Target> candidates = WriteLoad.candidates(jdbc, ward);
        WriteLoad.Target first = candidates.getFirst();
        String page = base + "/wards/" + ward + "/forms/" + first.unit() + "/" + first.period();
        List<String> tokens = new ArrayList<>();
        for (HttpClient c : clients) {
            tokens.add(Sessions.csrfToken(c, page));
        }
        List<WriteLoad.Target> targets = WriteLoad.enterable(clients.getFirst(), base, ward, tokens.getFirst(),
                candidates, Integer.getInteger("bench.targets", 60));
        if (targets.isEmpty()) {
            throw new IllegalStateException(user + " can enter none of " + candidates.size() + " values of " + ward);
        }
        System.out.printf("%s: %s nhập %d giá trị (chỉ tiêu × kỳ) luân phiên, %d phiên%n", ward, user, targets.size(),
                sessions);
        return new Writers(ward, user, targets, Sessions.cookies(clients), tokens);
    }

    /** The median time of one check of a password against its stored hash, as a login makes it. */
    private double passwordCheckMs() {
        String hash = passwords.encode("ward57-demo");
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            passwords.matches("ward57-demo", hash);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    /** The two wards' writers at once, each with its half of the connections. */
    private Result[] both(WrkLoad a, WrkLoad b, int users, int seconds) {
        // threads of their own: the common pool has one thread on two cores, and would run them one after the other
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            var here = CompletableFuture.supplyAsync(() -> run(a, users / 2, seconds), two);
            var there = CompletableFuture.supplyAsync(() -> run(b, users - users / 2, seconds), two);
            return new Result[] {here.join(), there.join()};
        }
    }

    private Result run(WrkLoad wrk, int connections, int seconds) {
        try {
            return wrk.run("http://localhost:" + port, connections, seconds);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the imports of an earlier round wrote, so that each round imports new dossiers again. */
    private void removeImported() {
        long ward = jdbc.sql("select id from ward where code = ?").param(WARD).query(Long.class).single();
        jdbc.sql("delete from asset where ward_id = ? and name like ?").params(ward, ImportFiles.ASSET_NAME + "%")
                .update();
        if (jdbc.sql("delete from dossier where ward_id = ? and code like ?").params(ward, PREFIX + "-%").update() > 0) {
            months.refresh(ward);
        }
    }

    private static String line(String what, Result r, Result reference) {
        return String.format(Locale.forLanguageTag("vi"), "%-44s %,7.1f ghi/giây   p50 %,6d ms   p99 %,6d ms"
                + "   p99/không nhập %,5.2f   lỗi %d", what, r.rps(), r.p50(), r.p99(),
                r.p99() / (double) Math.max(1, reference.p99()), r.failures());
    }

    private static String notes(WrkLoad wrk, String prefix) {
        return wrk.notes().lines().map(l -> prefix + l + "\n").reduce("", String::concat);
    }
}
