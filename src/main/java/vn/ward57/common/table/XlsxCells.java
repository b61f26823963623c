package vn.ward57.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import vn.ward57.common.error.InvalidInputException;

/**
 * Refuses an XLSX workbook with a cell over {@link CellLimit} before any reader holds one: a pass over the
 * bytes of its XML parts, as they unpack, counting the text inside each cell ({@code c}, with an inline
 * string) and each shared string ({@code si}). fastexcel-reader has no such limit, and builds each cell's
 * and each shared string's text whole. The pass keeps nothing but counters: a tenth of the reading time.
 */
public final class XlsxCells {

    private static final Pattern REF = Pattern.compile("\\br\\s*=\\s*[\"']([A-Za-z]{1,3}\\d{1,7})[\"']");

    private XlsxCells() {
    }

    public static void check(byte[] xlsx) throws IOException {
        check(ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)));
    }

    public static void check(Path xlsx) throws IOException {
        check(ZipFile.builder().setPath(xlsx));
    }

    /** Through the archive's central directory, as fastexcel-reader opens it: the same parts it will read. */
    private static void check(ZipFile.Builder archive) throws IOException {
        try (ZipFile zip = archive.get()) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements(); ) {
                ZipArchiveEntry entry = entries.nextElement();
                if (!entry.isDirectory() && (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels"))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        new Scan(CellLimit.bytes()).read(in);
                    }
                }
            }
        }
    }

    /** The refusal: where the cell is when a sheet tells (a shared string's cell is known only later). */
    private static InvalidInputException tooLarge(String cell) {
        return cell == null
                ? new InvalidInputException("tablefile.cell-too-large-unplaced", "file", CellLimit.kilobytes())
                : new InvalidInputException("tablefile.cell-too-large", "file", CellLimit.kilobytes(), cell);
    }

    /** One part's bytes through a small state machine: text, a tag, CDATA, a comment, a declaration. */
    private static final class Scan {
        private enum State { TEXT, TAG, BANG, CDATA, COMMENT, SKIP }

        private final int limit;
        private State state = State.TEXT;
        private boolean inside;          // within a cell or a shared string
        private int count;               // its text so far, in bytes
        private String cell;             // its reference, when a cell's
        private final byte[] name = new byte[4];
        private int nameLength;
        private boolean nameDone;
        private boolean first;
        private boolean closing;
        private int quote;
        private int previous;
        private int ends;                // "]]>" or "-->" matched so far
        private final StringBuilder attributes = new StringBuilder();

        Scan(int limit) {
            this.limit = limit;
        }

        void read(InputStream in) throws IOException {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    next(buffer[i] & 0xFF);
                }
            }
        }

        private void next(int b) {
            switch (state) {
                case TEXT -> {
                    if (b == '<') {
                        state = State.TAG;
                        nameLength = 0;
                        nameDone = false;
                        first = true;
                        closing = false;
                        quote = 0;
                        previous = 0;
                        attributes.setLength(0);
                    } else {
                        text();
                    }
                }
                case TAG -> tag(b);
                case BANG -> state = b == '[' ? State.CDATA : b == '-' ? State.COMMENT : State.SKIP;
                case CDATA, COMMENT -> {
                    int closer = state == State.CDATA ? ']' : '-';
                    if (state == State.CDATA) {
                        text();
                    }
                    if (b == '>' && ends >= 2) {
                        state = State.TEXT;
                    }
                    ends = b == closer ? ends + 1 : 0;
                }
                case SKIP -> state = b == '>' ? State.TEXT : State.SKIP;
            }
        }

        private void text() {
            if (inside && ++count > limit) {
                throw tooLarge(cell);
            }
        }

        private void tag(int b) {
            if (first) {
                first = false;
                if (b == '/' || b == '!' || b == '?') {
                    closing = b == '/';
                    state = b == '!' ? State.BANG : b == '?' ? State.SKIP : State.TAG;
                    ends = 0;
                    return;
                }
            }
            if (quote != 0 || (nameDone && (b == '"' || b == '\''))) {
                quote = quote == 0 ? b : b == quote ? 0 : quote;
                keep(b);
            } else if (b == '>') {
                end(previous == '/');
                state = State.TEXT;
            } else if (!nameDone) {
                if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
                    nameDone = true;
                } else if (b == ':') {
                    nameLength = 0;                       // a namespace prefix: x:c is a c
                } else if (nameLength < name.length) {
                    name[nameLength++] = (byte) b;
                } else {
                    nameLength = name.length + 1;         // longer than any name looked for
                }
            } else {
                keep(b);
            }
            previous = b;
        }

        private void keep(int b) {
            if (attributes.length() < 100) {
                attributes.append((char) b);
            }
        }

        /** A tag ended: a cell or shared string opens or closes. */
        private void end(boolean selfClosing) {
            boolean isCell = nameLength == 1 && name[0] == 'c';
            boolean isShared = nameLength == 2 && name[0] == 's' && name[1] == 'i';
            if (!isCell && !isShared) {
                return;
            }
            if (closing) {
                inside = false;
            } else if (!selfClosing) {
                inside = true;
                count = 0;
                Matcher ref = isCell ? REF.matcher(attributes) : null;
                cell = ref != null && ref.find() ? ref.group(1).toUpperCase(java.util.Locale.ROOT) : null;
            }
        }
    }
}
