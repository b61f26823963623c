package vn.ward57.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.ward57.common.error.InvalidInputException;

/**
 * What a CSV file is written in, told from all its bytes before a row is read: UTF-8 (with or without BOM),
 * else Windows-1258 (Vietnamese Windows, tone marks as separate characters) or Windows-1252 (Western
 * Windows), else refused with what it looks like (TCVN3, UTF-16, …). No maintained Java library tells
 * Windows-1258 or TCVN3 apart (ICU's detector knows neither), so the single-byte cases are told here by
 * the bytes in which those encodings differ. A file whose text could come out garbled or with "�" is refused.
 */
public final class TextEncoding {

    /** How to read the file: the charset, the bytes of its BOM, and whether tone marks must be composed (NFC). */
    public record Detected(Charset charset, int bom, boolean decomposed) {
    }

    /** Opens the file from its start, as often as asked. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** U+FFFD as its UTF-8 bytes, each read as one Latin-1 character. */
    private static final String REPLACEMENT = new String(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD},
            StandardCharsets.ISO_8859_1);

    private TextEncoding() {
    }

    /** @throws InvalidInputException when the file is not UTF-8 and cannot be read safely as one of the others */
    public static Detected of(Source file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = file.open()) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            throw notUtf8("UTF-16", 1);
        }
        int bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        long badLine = firstLineNotUtf8(file, bom);
        if (badLine == 0) {
            return new Detected(StandardCharsets.UTF_8, bom, false);
        }
        SingleByteEvidence evidence = new SingleByteEvidence();
        try (InputStream in = file.open()) {
            evidence.read(in);
        }
        return switch (evidence.verdict()) {
            case WINDOWS_1258 -> new Detected(WINDOWS_1258, 0, true);
            case WINDOWS_1252 -> new Detected(WINDOWS_1252, 0, false);
            case TCVN3 -> throw notUtf8("TCVN3 (ABC)", badLine);
            case MIXED -> throw notUtf8("Windows-1252 / Windows-1258", badLine);
            case UNKNOWN -> throw new InvalidInputException("tablefile.unknown-encoding", "file", badLine);
        };
    }

    private static InvalidInputException notUtf8(String looksLike, long line) {
        return new InvalidInputException("tablefile.not-utf8", "file", looksLike, line);
    }

    /**
     * The line (from 1) of the first bytes that are not UTF-8, or of a "�" (text garbled before it was saved
     * as UTF-8, refused here); 0 when the whole file is good UTF-8. Lines are counted only when one is
     * needed: this pass runs over every byte of a dossier export of a hundred megabytes.
     */
    private static long firstLineNotUtf8(Source file, int bom) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long offset = bom;   // of the buffer's first byte in the file
        try (InputStream in = file.open()) {
            in.skipNBytes(bom);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0)).flip();
                CoderResult result = utf8.decode(bytes, chars, end);
                // the decoder takes whole sequences only: a "�" (EF BF BD) is in the bytes taken or not at all
                int replacement = new String(bytes.array(), 0, bytes.position(), StandardCharsets.ISO_8859_1)
                        .indexOf(REPLACEMENT);
                if (replacement >= 0) {
                    throw new InvalidInputException("tablefile.replacement-char", "file",
                            lineAt(file, offset + replacement));
                }
                if (result.isError()) {
                    return lineAt(file, offset + bytes.position());
                }
                offset += bytes.position();
                chars.clear();
                bytes.compact();
            }
        }
        return 0;
    }

    /** The line (from 1) the byte at that offset stands on. */
    private static long lineAt(Source file, long offset) throws IOException {
        long line = 1;
        try (InputStream in = file.open()) {
            byte[] buffer = new byte[1 << 16];
            for (long left = offset; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                for (int i = 0; i < n; i++) {
                    line += buffer[i] == '\n' ? 1 : 0;
                }
                left -= n;
            }
        }
        return line;
    }
}
