package vn.ward57.task;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.ActorPrincipal;
import vn.ward57.common.security.Role;
import vn.ward57.org.Ward;
import vn.ward57.task.domain.TaskImportService;

/**
 * Benchmark (run with ./mvnw -Pbench test -Dtest=TaskImportBenchmark): a task import of 100.000 rows
 * (-Dbench.rows=) in the background, and while it runs, small writes (a directive inserted, each its own
 * transaction, as an officer's form does) alternately in the import's ward and in another ward, 200 in
 * each (-Dbench.writes=): the import's time, and p50, p99 and max of the writes of each ward and their
 * ratio. Before issue 21 an import held the ward's revision row until its end, so a write of its ward
 * waited as long as the import ran. Prints, asserts nothing.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class TaskImportBenchmark {

    @Autowired
    TaskImportService imports;
    @Autowired
    DirectiveService directives;
    @Autowired
    JdbcClient jdbc;

    record Principal(Actor actor) implements ActorPrincipal {
    }

    @Test
    void importBesideSmallWrites() throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        int writes = Integer.getInteger("bench.writes", 200);
        jdbc.sql("insert into province (code, name) values ('bench-task', 'Tỉnh đo nhập nhiệm vụ')").update();
        jdbc.sql("""
                insert into ward (province_id, code, name)
                select p.id, 'bench-task-' || n, 'Phường ' || n from province p cross join generate_series(1, 2) n
                where p.code = 'bench-task'
                """).update();
        long importing = wardId("bench-task-1");
        long other = wardId("bench-task-2");
        long directive = newDirective(importing, "KH-IMPORT");
        StringBuilder csv = new StringBuilder("code,title,phase,start_date,deadline\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("NV-").append(i).append(",Nhiệm vụ số ").append(i).append(" của kế hoạch,")
                    .append(1 + i % 3).append(",2026-01-05,2026-12-31\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new Principal(new Actor("bench", "Benchmark", Role.PROVINCE_ADMIN, Set.of("bench-task"), null, null)),
                null, List.of()));
        List<Long> same = new ArrayList<>();
        List<Long> elsewhere = new ArrayList<>();
        long start = System.nanoTime();
        Ward ward = directives.wardOf(directive);
        TaskImportStatus status = imports.importFile(ward, directive, "nhiem-vu.csv", new ByteArrayInputStream(file),
                false);
        long accepted = System.nanoTime() - start;
        int n = 0;
        int during = 0;
        while (!status.finished() || n < writes) {
            if (n < writes) {
                same.add(timed(importing, n));
                elsewhere.add(timed(other, n));
                during += status.finished() ? 0 : 1;
                n++;
            }
            Thread.sleep(status.finished() ? 0 : 20);
            if (!status.finished()) {
                status = imports.status(ward, status.id());
                if (status.finished()) {
                    System.out.printf("import ended after %d pairs of writes%n", n);
                }
            }
        }
        long took = System.nanoTime() - start;
        SecurityContextHolder.clearContext();
        System.out.printf(Locale.ROOT, "%nTask import of %,d rows: %s, %,d inserted; accepted (202) after %.0f ms, "
                        + "ended after %.1f s (%,.0f rows/s, polled every 20 ms)%n", rows, status.status(),
                status.rowsInserted(), accepted / 1e6, took / 1e9, rows / (took / 1e9));
        System.out.printf(Locale.ROOT, "Small writes while it ran: %d of %d pairs%n", during, writes);
        print("same ward   ", same);
        print("other ward  ", elsewhere);
        System.out.printf(Locale.ROOT, "p99 same ward / p99 other ward: %.2f%n",
                percentile(same, 99) / (double) percentile(elsewhere, 99));
    }

    private long timed(long wardId, int n) {
        long t = System.nanoTime();
        newDirective(wardId, "CV-" + n);
        return System.nanoTime() - t;
    }

    private long newDirective(long wardId, String number) {
        return jdbc.sql("""
                insert into directive (ward_id, type, number, issued_on, issuer, title, issued_by_ward)
                values (?, 'KH', ?, date '2026-01-02', 'UBND phường', 'Kế hoạch đo hiệu năng', true) returning id
                """).params(wardId, number).query(Long.class).single();
    }

    private long wardId(String code) {
        return jdbc.sql("select id from ward where code = ?").param(code).query(Long.class).single();
    }

    private static void print(String label, List<Long> nanos) {
        System.out.printf(Locale.ROOT, "%s p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d writes)%n", label,
                percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6, Collections.max(nanos) / 1e6, nanos.size());
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
