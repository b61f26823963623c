package vn.ward57.dossier;

import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.ActorPrincipal;
import vn.ward57.common.security.Role;
import vn.ward57.demo.DossierExportGenerator;

/**
 * Benchmark (run with ./mvnw -Pbench test): 1.000.000 generated dossiers over 100 wards imported
 * through the real import path, the same rows with a plain COPY into a bare table, and the time of
 * a ward-year and a province-year statistics call with all of them present. Prints, asserts nothing.
 * Smaller runs: -Dbench.wards=10 -Dbench.perWard=10000.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class DossierImportBenchmark {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    DossierImportService imports;
    @Autowired
    DossierStatsService stats;
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
        jdbc.sql("insert into province (code, name) values ('bench', 'Tỉnh đo hiệu năng')").update();
        jdbc.sql("""
                insert into ward (province_id, code, name)
                select p.id, 'bench-' || lpad(n::text, 3, '0'), 'Phường ' || n
                from province p cross join generate_series(1, ?) n where p.code = 'bench'
                """).param(wards).update();

        long t0 = System.nanoTime();
        List<Path> files = new ArrayList<>();
        for (int w = 1; w <= wards; w++) {
            Path file = dir.resolve("bench-%03d.csv".formatted(w));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new DossierExportGenerator(w).writeCsv(out, "B" + w, FROM, TO, perWard,
                        DossierExportGenerator.Layout.CANONICAL);
            }
            files.add(file);
        }
        double generated = seconds(t0);

        long t1 = System.nanoTime();
        long rows = 0;
        for (int w = 1; w <= wards; w++) {
            DossierImportStatus done = imports.importAsSystem("bench-%03d".formatted(w), files.get(w - 1));
            if (done.status() != DossierImportStatus.Status.SUCCEEDED) {
                throw new IllegalStateException(done.message());
            }
            rows += done.rowsInserted();
        }
        double imported = seconds(t1);

        jdbc.sql("""
                create table bench_copy (dossier_code text, procedure_code text, field text, channel text,
                    received_at text, due_at text, resolved_at text, withdrawn_at text, digitised_input text,
                    digitised_result text, fee_required text, paid_online text)
                """).update();
        long t2 = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    copy.copyIn("copy bench_copy from stdin (format csv, header true)", in);
                }
            }
        }
        double copied = seconds(t2);

        // the floor of any import path: the copied rows written into a table shaped like dossier
        // (same columns, checks and key) by SQL alone, with no file to read and nothing to check
        jdbc.sql("create table bench_floor (like dossier including all)").update();
        long t3 = System.nanoTime();
        jdbc.sql("""
                insert into bench_floor (ward_id, code, procedure_code, field, channel, received_at, due_at,
                    resolved_at, withdrawn_at, digitised_input, digitised_result, fee_required, paid_online)
                select 0, dossier_code, procedure_code, field, channel, received_at::timestamp, due_at::timestamp,
                    nullif(resolved_at, '')::timestamp, nullif(withdrawn_at, '')::timestamp,
                    digitised_input::boolean, digitised_result::boolean, fee_required::boolean, paid_online::boolean
                from bench_copy
                """).update();
        double floor = seconds(t3);
        jdbc.sql("analyze dossier").update();

        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                new Principal(new Actor("bench", "Benchmark", Role.PROVINCE_ADMIN, Set.of("bench"), null, null)),
                null, List.of()));
        var year = new DossierStatsService.Period(FROM, TO, null, null);
        double[] wardCalls = new double[21];
        for (int i = 0; i < wardCalls.length; i++) {
            long t = System.nanoTime();
            stats.ward("bench-%03d".formatted(1 + i % wards), year);
            wardCalls[i] = seconds(t) * 1000;
        }
        double[] provinceCalls = new double[5];
        for (int i = 0; i < provinceCalls.length; i++) {
            long t = System.nanoTime();
            stats.province("bench", year);
            provinceCalls[i] = seconds(t) * 1000;
        }
        SecurityContextHolder.clearContext();

        System.out.printf("""

                ==== ward57 benchmark: dossier import and statistics ====
                dossiers: %,d over %d wards (%,d each), %d cores
                generate CSV:        %7.1f s
                import (real path):  %7.1f s   %,10.0f rows/s
                plain COPY:          %7.1f s   %,10.0f rows/s
                import / COPY speed: %7.2f
                floor: COPY's rows written into the dossier table by SQL alone (no parsing, no checks):
                                     %7.1f s   %,10.0f rows/s   (floor / COPY %4.2f)
                statistics, one ward-year:     median %6.1f ms (first %6.1f ms, %d calls)
                statistics, province-year:     median %6.1f ms (first %6.1f ms, %d calls)
                =========================================================
                %n""", rows, wards, perWard, Runtime.getRuntime().availableProcessors(), generated, imported,
                rows / imported, copied, rows / copied, (rows / imported) / (rows / copied),
                floor, rows / floor, (rows / floor) / (rows / copied),
                median(Arrays.copyOfRange(wardCalls, 1, wardCalls.length)), wardCalls[0], wardCalls.length,
                median(Arrays.copyOfRange(provinceCalls, 1, provinceCalls.length)), provinceCalls[0],
                provinceCalls.length);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
