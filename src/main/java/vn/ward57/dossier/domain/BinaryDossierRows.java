package vn.ward57.dossier.domain;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.postgresql.copy.CopyIn;
import vn.ward57.dossier.Channel;
import vn.ward57.dossier.imports.ParsedDossier;

/**
 * Dossier rows written into an open COPY … (format binary), encoded here: PostgreSQL then stores the
 * values as they come instead of parsing text (PostgreSQL's "Binary Format" of COPY: the signature,
 * flags and extension length; per row a 16-bit field count, each field as a 32-bit length, -1 for
 * null, and its bytes in network order; a 16-bit -1 at the end). Rows gather in a 64 KiB buffer,
 * sent as one CopyData message each time it fills. Closing without {@link #end} cancels the COPY.
 */
final class BinaryDossierRows implements AutoCloseable {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    /** timestamp is microseconds since 2000-01-01 00:00 (integer date-times, the only kind since PG 10). */
    private static final long EPOCH_2000 = 946_684_800L;
    private static final byte[][] CHANNELS = Arrays.stream(Channel.values())
            .map(c -> c.name().getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    /** What stands before and after the twelve values of the file's row. */
    enum Shape {
        /** dossier (ward_id, …, import_id) */
        DOSSIER(14),
        /** the staging table (row_no, …) */
        STAGE(13);

        final short fields;

        Shape(int fields) {
            this.fields = (short) fields;
        }
    }

    private final CopyIn copy;
    private final Shape shape;
    private final long wardId;
    private final long importId;
    private byte[] buf = new byte[1 << 16];
    private int at;

    BinaryDossierRows(CopyIn copy, Shape shape, long wardId, long importId) {
        this.copy = copy;
        this.shape = shape;
        this.wardId = wardId;
        this.importId = importId;
        System.arraycopy(HEADER, 0, buf, 0, HEADER.length);
        at = HEADER.length;
    }

    public void add(ParsedDossier d) throws SQLException {
        // at most 3 bytes of UTF-8 per char, plus the fixed-size fields
        int most = 200 + 3 * (d.code().length() + length(d.procedureCode()) + length(d.field()));
        if (at + most > buf.length) {
            send();
            if (most > buf.length) {
                buf = new byte[most];
            }
        }
        int16(shape.fields);
        bigint(shape == Shape.DOSSIER ? wardId : d.row());
        text(d.code());
        text(d.procedureCode());
        text(d.field());
        bytes(CHANNELS[d.channel().ordinal()]);
        timestamp(d.receivedAt());
        timestamp(d.dueAt());
        timestamp(d.resolvedAt());
        timestamp(d.withdrawnAt());
        bool(d.digitisedInput());
        bool(d.digitisedResult());
        bool(d.feeRequired());
        bool(d.paidOnline());
        if (shape == Shape.DOSSIER) {
            bigint(importId);
        }
    }

    /** Ends the COPY; answers the rows it wrote. */
    public long end() throws SQLException {
        if (at + 2 > buf.length) {
            send();
        }
        int16((short) -1);
        send();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void send() throws SQLException {
        if (at > 0) {
            copy.writeToCopy(buf, 0, at);
            at = 0;
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private void text(String s) {
        if (s == null) {
            int32(-1);
            return;
        }
        int start = at;
        at += 4;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // not ASCII (Vietnamese field names): let the JDK encode the whole value
                at = start;
                bytes(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
            buf[at++] = (byte) c;
        }
        int end = at;
        at = start;
        int32(n);
        at = end;
    }

    private void bytes(byte[] value) {
        int32(value.length);
        System.arraycopy(value, 0, buf, at, value.length);
        at += value.length;
    }

    private void timestamp(LocalDateTime t) {
        if (t == null) {
            int32(-1);
            return;
        }
        int32(8);
        int64((t.toEpochSecond(ZoneOffset.UTC) - EPOCH_2000) * 1_000_000L + t.getNano() / 1_000);
    }

    private void bigint(long value) {
        int32(8);
        int64(value);
    }

    private void bool(boolean value) {
        int32(1);
        buf[at++] = (byte) (value ? 1 : 0);
    }

    private void int16(short v) {
        buf[at++] = (byte) (v >>> 8);
        buf[at++] = (byte) v;
    }

    private void int32(int v) {
        buf[at++] = (byte) (v >>> 24);
        buf[at++] = (byte) (v >>> 16);
        buf[at++] = (byte) (v >>> 8);
        buf[at++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }
}
