package vn.ward57.dossier;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.ActorPrincipal;
import vn.ward57.common.security.Role;
import vn.ward57.dossier.domain.DossierMonthRepository;
import vn.ward57.dossier.domain.DossierStatsRepository;
import vn.ward57.dossier.domain.DossierStatsRepository.GroupBy;

/**
 * Benchmark (run with ./mvnw -Pbench test): 1.000.000 generated dossiers over 100 wards, in rounds that
 * interleave, so that the shared machine's noise falls on all of them alike: plain COPY of the CSV files
 * into a bare table; binary COPY of the same rows, as PostgreSQL itself encodes them, into the real
 * dossier table (the ceiling of any import: its key, checks and triggers; emptied after); the real import
 * of the new files; the re-import of the same files. Then the medians over the rounds of import / ceiling
 * and re-import / ceiling (a first round warms up and is left out), and the statistics of a year from the
 * monthly sums and by the exact query.
 * Prints, asserts nothing. Smaller: -Dbench.wards=10 -Dbench.perWard=10000; -Dbench.rounds=3.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class DossierImportBenchmark {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final String CEILING = "copy dossier (ward_id, code, procedure_code, field, channel, received_at, "
            + "due_at, resolved_at, withdrawn_at, digitised_input, digitised_result, fee_required, paid_online, "
            + "import_id) from stdin (format binary)";

    @Autowired
    DossierImportService imports;
    @Autowired
    DossierStatsService stats;
    @Autowired
    vn.ward57.org.WardService wards;
    @Autowired
    DossierStatsRepository exact;
    @Autowired
    DossierMonthRepository months;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @TempDir
    Path dir;

    record Principal(Actor actor) implements ActorPrincipal {
    }

    @Test
    void importAndStatistics() throws Exception {
        int wards = Integer.getInteger("bench.wards", 100);
        int perWard = Integer.getInteger("bench.perWard", 10_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        jdbc.sql("insert into province (code, name) values ('bench', 'Tỉnh đo hiệu năng')").update();
        jdbc.sql("""
                insert into ward (province_id, code, name)
                select p.id, 'bench-' || lpad(n::text, 3, '0'), 'Phường ' || n
                from province p cross join generate_series(1, ?) n where p.code = 'bench'
                """).param(wards).update();
        List<Long> ids = jdbc.sql("select w.id from ward w join province p on p.id = w.province_id "
                + "where p.code = 'bench' order by w.code").query(Long.class).list();
        List<Path> csv = new ArrayList<>();
        List<Path> binary = new ArrayList<>();
        BenchFiles.prepare(dataSource, dir, ids, perWard, FROM, TO, csv, binary);

        long rows = (long) wards * perWard;
        double[][] rate = new double[4][rounds + 1];   // plain, ceiling, import, re-import: rows/s per round
        // round 0 warms the JIT compiler up and is left out
        for (int r = 0; r <= rounds; r++) {
            empty();
            rate[0][r] = rows / time(() -> BenchFiles.copyAll(dataSource, "truncate bench_copy",
                    "copy bench_copy from stdin (format csv, header true)", csv));
            rate[1][r] = rows / time(() -> BenchFiles.copyAll(dataSource, null, CEILING, binary));
            empty();
            rate[2][r] = rows / time(() -> importAll(wards, csv, perWard));
            rate[3][r] = rows / time(() -> importAll(wards, csv, 0));
        }
        for (int k = 0; k < rate.length; k++) {
            rate[k] = Arrays.copyOfRange(rate[k], 1, rounds + 1);
        }
        jdbc.sql("analyze").update();

        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new Principal(new Actor("bench", "Benchmark", Role.PROVINCE_ADMIN, Set.of("bench"), null, null)),
                null, List.of()));
        var year = new DossierStatsService.Period(FROM, TO, null, null);
        var bench = this.wards.requireProvince("bench");
        var first = this.wards.get("bench-001");
        double[] provinceSums = calls(11, () -> stats.province(bench, year));
        double[] provinceExact = calls(5, () -> exact.counts(ids, FROM, TO, null, null, GroupBy.NONE));
        double[] byWardSums = calls(11, () -> stats.byWard(bench, year));
        double[] byWardExact = calls(5, () -> exact.counts(ids, FROM, TO, null, null, GroupBy.WARD));
        double[] wardSums = calls(21, () -> months.counts(List.of(ids.get(0)), FROM, TO.withDayOfMonth(1), false));
        double[] wardExact = calls(21, () -> stats.ward(first, year));
        SecurityContextHolder.clearContext();

        StringBuilder out = new StringBuilder("\n==== ward57 benchmark: dossier import and statistics ====\n");
        out.append("dossiers: %,d over %d wards (%,d each), %d cores, %d interleaved rounds after one to warm up%n".formatted(rows, wards,
                perWard, Runtime.getRuntime().availableProcessors(), rounds));
        String[] names = {"plain COPY (CSV) into a bare table", "binary COPY into dossier (ceiling)",
                "import of a new file (real path)", "re-import of the same file"};
        for (int k = 0; k < 4; k++) {
            out.append("%-38s rows/s: median %,9.0f   rounds %s%n".formatted(names[k], median(rate[k]),
                    Arrays.stream(rate[k]).mapToObj(v -> "%,.0f".formatted(v)).toList()));
        }
        out.append("import / ceiling:     median %4.2f   rounds %s%n".formatted(median(ratio(rate[2], rate[1])),
                format(ratio(rate[2], rate[1]))));
        out.append("re-import / ceiling:  median %4.2f   rounds %s%n".formatted(median(ratio(rate[3], rate[1])),
                format(ratio(rate[3], rate[1]))));
        out.append("ceiling / plain COPY: median %4.2f   rounds %s%n".formatted(median(ratio(rate[1], rate[0])),
                format(ratio(rate[1], rate[0]))));
        out.append("statistics of 2025 (median ms; first call in brackets)   monthly sums      exact query%n".formatted());
        out.append(line("province-year, %d wards".formatted(wards), provinceSums, provinceExact));
        out.append(line("each ward of the province (byWard)", byWardSums, byWardExact));
        out.append(line("one ward-year", wardSums, wardExact));
        out.append("=========================================================\n");
        System.out.println(out);
    }

    /** Empties what the ceiling and the imports write (not timed). */
    private void empty() {
        jdbc.sql("truncate dossier, dossier_month").update();
    }

    private void importAll(int wards, List<Path> files, long inserted) throws Exception {
        for (int w = 1; w <= wards; w++) {
            DossierImportStatus done = imports.importAsSystem("bench-%03d".formatted(w), files.get(w - 1));
            if (done.status() != DossierImportStatus.Status.SUCCEEDED || done.rowsInserted() != inserted
                    || done.rowsUpdated() != 0) {
                throw new IllegalStateException(done.toString());
            }
        }
    }

    private static double time(ThrowingRunnable task) throws Exception {
        long t = System.nanoTime();
        task.run();
        return (System.nanoTime() - t) / 1e9;
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static double[] calls(int n, Callable<?> call) throws Exception {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.call();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static String line(String what, double[] sums, double[] exact) {
        return "  %-36s %8.2f (%7.1f)   %8.1f (%7.1f)%n".formatted(what, median(Arrays.copyOfRange(sums, 1, sums.length)),
                sums[0], median(Arrays.copyOfRange(exact, 1, exact.length)), exact[0]);
    }

    private static double[] ratio(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] / b[i];
        }
        return r;
    }

    private static List<String> format(double[] values) {
        return Arrays.stream(values).mapToObj(v -> "%4.2f".formatted(v)).toList();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
