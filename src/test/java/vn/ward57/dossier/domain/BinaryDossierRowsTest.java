package vn.ward57.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.ByteStreamWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.ward57.dossier.Channel;
import vn.ward57.dossier.imports.ParsedDossier;

/**
 * The rows encoded by hand are byte for byte what PostgreSQL's own COPY … TO (format binary) writes for
 * the same values: nulls, non-ASCII text, seconds, a date before 2000, both booleans; in the layout of
 * dossier and of the staging table.
 */
@SpringBootTest
@ActiveProfiles("test")
class BinaryDossierRowsTest {

    private static final List<ParsedDossier> ROWS = List.of(
            new ParsedDossier(2, "HS-1", "1.001612", "Hộ tịch", Channel.ONLINE, LocalDateTime.of(2026, 1, 15, 8, 30),
                    LocalDateTime.of(2026, 1, 20, 17, 0), LocalDateTime.of(2026, 1, 19, 9, 5, 7), null, true, false,
                    true, true),
            new ParsedDossier(3, "HS-2", null, null, Channel.IN_PERSON, LocalDateTime.of(1999, 12, 31, 23, 59, 59),
                    LocalDateTime.of(2000, 1, 1, 0, 0), null, LocalDateTime.of(2000, 1, 2, 0, 0, 1), false, true,
                    false, false),
            new ParsedDossier(4, "Mã-Đặc biệt \"3\"", "2.000001", "Lao động, người có công và xã hội", Channel.POSTAL,
                    LocalDateTime.of(2026, 2, 28, 7, 0), LocalDateTime.of(2026, 3, 1, 0, 0), null, null, false, false,
                    false, false));

    private static final String VALUES = """
            (values (2::bigint, 'HS-1', '1.001612', 'Hộ tịch', 'ONLINE', timestamp '2026-01-15 08:30',
                     timestamp '2026-01-20 17:00', timestamp '2026-01-19 09:05:07', null::timestamp, true, false, true, true),
                    (3, 'HS-2', null, null, 'IN_PERSON', timestamp '1999-12-31 23:59:59', timestamp '2000-01-01 00:00',
                     null, timestamp '2000-01-02 00:00:01', false, true, false, false),
                    (4, 'Mã-Đặc biệt "3"', '2.000001', 'Lao động, người có công và xã hội', 'POSTAL',
                     timestamp '2026-02-28 07:00', timestamp '2026-03-01 00:00', null, null, false, false, false, false))
                as v (row_no, code, procedure_code, field, channel, received_at, due_at, resolved_at, withdrawn_at,
                      digitised_input, digitised_result, fee_required, paid_online)
            """;

    @Autowired
    DataSource dataSource;

    @Test
    void dossierRowsAreWhatPostgresWrites() throws Exception {
        assertThat(encoded(BinaryDossierRows.Shape.DOSSIER, 57, 9)).isEqualTo(postgres("""
                select 57::bigint, code, procedure_code, field, channel, received_at, due_at, resolved_at, withdrawn_at,
                       digitised_input, digitised_result, fee_required, paid_online, 9::bigint from %s order by row_no
                """.formatted(VALUES)));
    }

    @Test
    void stagingRowsAreWhatPostgresWrites() throws Exception {
        assertThat(encoded(BinaryDossierRows.Shape.STAGE, 0, 0)).isEqualTo(postgres("""
                select row_no, code, procedure_code, field, channel, received_at, due_at, resolved_at, withdrawn_at,
                       digitised_input, digitised_result, fee_required, paid_online from %s order by row_no
                """.formatted(VALUES)));
    }

    private byte[] postgres(String select) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("copy (" + select + ") to stdout (format binary)", out);
            return out.toByteArray();
        }
    }

    private static byte[] encoded(BinaryDossierRows.Shape shape, long wardId, long importId) throws Exception {
        Captured copy = new Captured();
        BinaryDossierRows rows = new BinaryDossierRows(copy, shape, wardId, importId);
        for (ParsedDossier d : ROWS) {
            rows.add(d);
        }
        rows.end();
        return copy.bytes.toByteArray();
    }

    /** A COPY that keeps what it is sent. */
    private static final class Captured implements CopyIn {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean active = true;

        @Override
        public void writeToCopy(byte[] buf, int off, int siz) {
            bytes.write(buf, off, siz);
        }

        @Override
        public void writeToCopy(ByteStreamWriter from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void flushCopy() {
        }

        @Override
        public long endCopy() {
            active = false;
            return ROWS.size();
        }

        @Override
        public int getFieldCount() {
            return 0;
        }

        @Override
        public int getFormat() {
            return 1;
        }

        @Override
        public int getFieldFormat(int field) {
            return 1;
        }

        @Override
        public boolean isActive() {
            return active;
        }

        @Override
        public void cancelCopy() {
            active = false;
        }

        @Override
        public long getHandledRowCount() {
            return ROWS.size();
        }
    }
}
