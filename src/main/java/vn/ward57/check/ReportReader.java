package vn.ward57.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.ward57.check.Block.Place;
import vn.ward57.common.error.InvalidInputException;

/**
 * An uploaded report into the text to check, by what the file is, not by its name: a PDF (%PDF), a Word .docx
 * (a zip holding word/document.xml), or, named .txt or .md, UTF-8 text. Anything else, a file over 20 MB, a
 * scan without text, a password or a broken file is refused with a message the upload shows.
 */
public final class ReportReader {

    /** The largest file read: a 40-page report with pictures is a few MB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final String FIELD = "file";

    private ReportReader() {
    }

    /** @throws InvalidInputException (field "file") when the file cannot be checked, saying why */
    public static CheckedText read(String fileName, InputStream in) {
        byte[] bytes = bytes(in);
        String name = fileName == null ? "" : fileName.strip();
        CheckedText text;
        try {
            text = switch (kind(bytes, name)) {
                case PDF -> PdfReader.read(bytes);
                case DOCX -> DocxReader.read(bytes);
                case TEXT -> CheckedText.ofPlainText(utf8(bytes, name));
                case MARKDOWN -> new CheckedText(PlainTextReader.read(markdown(utf8(bytes, name))));
                case ENCRYPTED -> throw new InvalidInputException("report-check.encrypted", FIELD, name);
                case OTHER -> throw new InvalidInputException("report-check.bad-type", FIELD, name);
            };
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("report-check.encrypted", FIELD, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw new InvalidInputException("report-check.broken", FIELD, name);
        }
        if (text == null) {
            throw new InvalidInputException("report-check.scanned", FIELD, name);
        }
        if (text.blocks().isEmpty()) {
            throw new InvalidInputException("report-check.empty", FIELD, name);
        }
        return text;
    }

    private enum Kind { PDF, DOCX, TEXT, MARKDOWN, ENCRYPTED, OTHER }

    private static Kind kind(byte[] bytes, String name) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.PDF) {
            return Kind.PDF;
        }
        if (magic == FileMagic.OOXML) {
            return holdsWordDocument(bytes) ? Kind.DOCX : Kind.OTHER;
        }
        if (magic == FileMagic.OLE2) {
            // a password-protected .docx is an OLE2 container holding the encrypted package; an old .doc is not
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
                return fs.getRoot().hasEntry("EncryptionInfo") ? Kind.ENCRYPTED : Kind.OTHER;
            }
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Kind.MARKDOWN;
        }
        return lower.endsWith(".txt") || lower.endsWith(".text") ? Kind.TEXT : Kind.OTHER;
    }

    private static boolean holdsWordDocument(byte[] bytes) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static byte[] bytes(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InvalidInputException("report-check.too-large", FIELD, MAX_BYTES / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw new InvalidInputException("report-check.empty", FIELD, "");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Strict UTF-8 (a text saved in another encoding is refused, not read as mojibake), without a BOM. */
    private static String utf8(byte[] bytes, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("report-check.not-utf8", FIELD, name);
        }
    }

    /** Markdown: "#" lines are headings; table rows "| a | b |" become rows of cells, their "|---|" rule dropped. */
    static List<PlainTextReader.Line> markdown(String text) {
        String[] raw = text.replace("\r", "").split("\n");
        List<PlainTextReader.Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            Place place = new Place(Place.Unit.LINE, i + 1);
            if (line.startsWith("|") && line.endsWith("|") && line.length() > 1) {
                if (!line.matches("\\|[\\s:|-]*\\|")) {
                    String cells = line.substring(1, line.length() - 1);
                    lines.add(new PlainTextReader.Line(String.join("\t", cells.split("\\|", -1)), place, false));
                }
                continue;
            }
            lines.add(new PlainTextReader.Line(raw[i].replace("\t", " "), place, line.matches("#{1,6}\\s+\\S.*")));
        }
        return lines;
    }
}
