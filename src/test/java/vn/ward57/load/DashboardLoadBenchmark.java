package vn.ward57.load;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9's speed goal, measured: concurrent signed-in users (50 by default; leaders of an-hai for its
 * dashboard, the province's admins for the rest) load the ward dashboard, the
 * province view of 100 wards holding 1.000.000 dossiers, and /actuator/health, one after the other on the
 * same running app over real HTTP. Prints requests per second and p50/p99 latency of each, and the
 * dashboard's throughput as a share of health's (issue 22's goals: dashboard p99 < 100 ms and at least
 * 0,4 × health's throughput, province view p99 < 150 ms); with wrk also the dashboard and the province
 * view asked again with each user's ETag, as a browser that has the page and the wall screen do (304).
 * Asserts nothing.
 * Run: {@code ./mvnw -Pbench test -Dtest=DashboardLoadBenchmark} (smaller: -Dbench.wards=10 -Dbench.perWard=10000,
 * -Dbench.users=50, -Dbench.seconds=20, -Dbench.warmup=5 seconds per path and round of warm-up; -Dbench.client=java
 * for the JDK's HTTP client in this JVM instead of wrk; -Dbench.hold=600 keeps the app up afterwards).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class DashboardLoadBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    vn.ward57.dossier.domain.DossierMonthRepository months;

    @Test
    void dashboardProvinceViewAndHealth() throws Exception {
        int wards = Integer.getInteger("bench.wards", 100);
        int perWard = Integer.getInteger("bench.perWard", 10_000);
        int users = Integer.getInteger("bench.users", 50);
        int seconds = Integer.getInteger("bench.seconds", 20);
        long t0 = System.nanoTime();
        BenchData.provinceWithDossiers(jdbc, months, wards, perWard);
        System.out.printf(Locale.forLanguageTag("vi"), "%n%,d hồ sơ của %,d phường được tạo trong %,d ms%n",
                (long) wards * perWard, wards, (System.nanoTime() - t0) / 1_000_000);

        // the dashboard is the leaders' home page; the province view is its admins'
        List<HttpClient> leaders = new ArrayList<>();
        List<HttpClient> admins = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            leaders.add(Sessions.signIn("http://localhost:" + port, "lanhdao.anhai"));
            admins.add(Sessions.signIn("http://localhost:" + port, "admin"));
        }
        String base = "http://localhost:" + port;
        for (String path : List.of("/wards/an-hai/dashboard", "/provinces/bench/dashboard")) {
            HttpClient user = path.startsWith("/wards") ? leaders.getFirst() : admins.getFirst();
            int status = user.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException(path + " answers " + status + ", not the page");
            }
        }
        // wrk (another process, as browsers are) unless it is not installed or -Dbench.client=java
        WrkLoad leadersWrk = "java".equals(System.getProperty("bench.client")) ? null : WrkLoad.ifInstalled(Sessions.cookies(leaders));
        WrkLoad adminsWrk = leadersWrk == null ? null : WrkLoad.ifInstalled(Sessions.cookies(admins));
        Load leaderLoad = leadersWrk == null ? (url, s) -> JavaClientLoad.run(leaders, url, s) : (url, s) -> leadersWrk.run(url, users, s);
        Load adminLoad = adminsWrk == null ? (url, s) -> JavaClientLoad.run(admins, url, s) : (url, s) -> adminsWrk.run(url, users, s);
        System.out.println(leadersWrk == null ? "tải: HttpClient của JDK trong cùng JVM" : "tải: wrk, một tiến trình khác");
        // warm-up: every path in turn, unmeasured, until the JIT compiler has (nearly) finished: it
        // compiles for a minute or more and, on two cores, takes its CPU from whatever is measured
        int warmUp = Integer.getInteger("bench.warmup", 5);
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int round = 1; round <= 12; round++) {
            long jitBefore = jit.getTotalCompilationTime();
            adminLoad.run(base + "/actuator/health", warmUp);
            leaderLoad.run(base + "/wards/an-hai/dashboard", warmUp);
            adminLoad.run(base + "/provinces/bench/dashboard", warmUp);
            long jitMs = jit.getTotalCompilationTime() - jitBefore;
            System.out.printf(Locale.forLanguageTag("vi"), "khởi động vòng %d: biên dịch JIT %,d ms%n", round, jitMs);
            if (jitMs < 3L * (warmUp + 2) * 1000 / 20) {
                break; // under 5 % of the round
            }
        }
        String dashboardUrl = base + "/wards/an-hai/dashboard";
        String provinceUrl = base + "/provinces/bench/dashboard";
        Result health = adminLoad.run(base + "/actuator/health", seconds);
        Result dashboard = leaderLoad.run(dashboardUrl, seconds);
        Result province = adminLoad.run(provinceUrl, seconds);
        // the wall screen and a browser that has the page ask again with its ETag (304 while unchanged)
        Result polled = leadersWrk == null ? null : Revalidation.wrk(leaders, dashboardUrl).run(dashboardUrl, users, seconds);
        Result provincePolled = leadersWrk == null ? null : Revalidation.wrk(admins, provinceUrl).run(provinceUrl, users, seconds);
        Result healthAgain = adminLoad.run(base + "/actuator/health", seconds);
        List<String> lines = new ArrayList<>(List.of(health.line("/actuator/health"),
                dashboard.line("bảng điều hành phường (/wards/an-hai/dashboard)"),
                province.line("tổng quan tỉnh, " + wards + " phường (/provinces/bench/dashboard)")));
        if (polled != null) {
            lines.add(polled.line("bảng điều hành, trình duyệt đã có trang (If-None-Match)"));
            lines.add(provincePolled.line("tổng quan tỉnh, trình duyệt đã có trang (If-None-Match)"));
        }
        lines.add(healthAgain.line("/actuator/health (lần 2)"));
        double healthRps = Math.max(health.rps(), healthAgain.rps());
        System.out.printf(Locale.forLanguageTag("vi"), """

                === Tải đồng thời: %d người dùng, mỗi đường dẫn %d giây (issue 22) ===
                %s
                bảng điều hành: p99 %d ms (mục tiêu < 100), %.2f × health (mục tiêu ≥ 0,40)
                tổng quan tỉnh: p99 %d ms (mục tiêu < 150), %.2f × health
                """, users, seconds, String.join("\n", lines), dashboard.p99(), dashboard.rps() / healthRps,
                province.p99(), province.rps() / healthRps);
        int hold = Integer.getInteger("bench.hold", 0);
        if (hold > 0) {
            // to look closer by hand (wrk with other settings, a JFR recording) at the warm app and its data
            System.out.printf("app kept up %d s at %s; leaders' cookies: %s; admins': %s%n", hold, base,
                    String.join(" | ", Sessions.cookies(leaders)), String.join(" | ", Sessions.cookies(admins)));
            Thread.sleep(hold * 1000L);
        }
    }

    /** One path loaded for some seconds by all users at once. */
    private interface Load {
        Result run(String url, int seconds) throws Exception;
    }

    /** CPU time of this whole process (server, database driver and, with -Dbench.client=java, the load generator; not PostgreSQL). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @param bytesPerAnswer 0 where the load generator does not count them */
    record Result(double rps, int failures, long p50, long p99, double cpuMsPerRequest, long bytesPerAnswer) {

        String line(String what) {
            return String.format(Locale.forLanguageTag("vi"),
                    "%-58s %,9.1f yêu cầu/giây   p50 %,5d ms   p99 %,5d ms   CPU %,.2f ms/yêu cầu   %slỗi %d",
                    what, rps, p50, p99, cpuMsPerRequest, bytesPerAnswer == 0 ? "" : String.format(
                            Locale.forLanguageTag("vi"), "%,d byte/trang   ", bytesPerAnswer), failures);
        }
    }
}
