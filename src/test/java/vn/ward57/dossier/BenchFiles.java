package vn.ward57.dossier;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import vn.ward57.demo.DossierExportGenerator;

/** The files of {@link DossierImportBenchmark}: each ward's export, and its rows as PostgreSQL's binary COPY. */
final class BenchFiles {

    private BenchFiles() {
    }

    /** One CSV export per ward (seed = its number), and the same rows in binary for the ceiling. */
    static void prepare(DataSource dataSource, Path dir, List<Long> wardIds, int perWard, LocalDate from,
                        LocalDate to, List<Path> csv, List<Path> binary) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, """
                    create table bench_copy (dossier_code text, procedure_code text, field text, channel text,
                        received_at text, due_at text, resolved_at text, withdrawn_at text, digitised_input text,
                        digitised_result text, fee_required text, paid_online text)
                    """);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int w = 1; w <= wardIds.size(); w++) {
                Path file = dir.resolve("bench-%03d.csv".formatted(w));
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    new DossierExportGenerator(w).writeCsv(out, "B" + w, from, to, perWard,
                            DossierExportGenerator.Layout.CANONICAL);
                }
                csv.add(file);
                // the ceiling's rows: the same file as PostgreSQL's own binary COPY writes it
                execute(connection, "truncate bench_copy");
                try (InputStream in = Files.newInputStream(file)) {
                    copy.copyIn("copy bench_copy from stdin (format csv, header true)", in);
                }
                Path bin = dir.resolve("bench-%03d.bin".formatted(w));
                try (OutputStream out = Files.newOutputStream(bin)) {
                    copy.copyOut("""
                            copy (select %d::bigint, dossier_code, procedure_code, field, channel,
                                         received_at::timestamp, due_at::timestamp, nullif(resolved_at, '')::timestamp,
                                         nullif(withdrawn_at, '')::timestamp, digitised_input::boolean,
                                         digitised_result::boolean, fee_required::boolean, paid_online::boolean,
                                         0::bigint from bench_copy) to stdout (format binary)
                            """.formatted(wardIds.get(w - 1)), out);
                }
                binary.add(bin);
            }
        }
    }

    /** After {@code before}, each file with one COPY, autocommitted: one transaction a ward, as the imports. */
    static void copyAll(DataSource dataSource, String before, String sql, List<Path> files) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            if (before != null) {
                execute(connection, before);
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    copy.copyIn(sql, in, 1 << 16);
                }
            }
        }
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
