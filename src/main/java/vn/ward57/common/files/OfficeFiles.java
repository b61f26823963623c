package vn.ward57.common.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ward57.common.error.InvalidInputException;

/**
 * The files officers upload (evidence, attendance sheets, imports): of a kind an office exchanges,
 * within ward57.attachments.max-bytes, named within 300 characters, kept with their SHA-256.
 */
@Component
public class OfficeFiles {

    /** The kinds of files accepted, by extension, with the content type they are served as. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("csv", "text/csv"), Map.entry("txt", "text/plain"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("zip", "application/zip"));

    private final long maxBytes;

    OfficeFiles(@Value("${ward57.attachments.max-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A file checked and read: its name, the content type it is served as, its bytes and their SHA-256. */
    public record Upload(String name, String contentType, byte[] bytes, String sha256) {
    }

    /** Checks and reads an evidence file; the field names the form field at fault. */
    public Upload evidence(String fileName, InputStream content, String field) {
        String name = name(fileName);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new InvalidInputException("attachment.bad-type", field, name);
        }
        byte[] bytes = read(content, field);
        if (bytes.length == 0) {
            throw new InvalidInputException("attachment.empty", field, name);
        }
        return new Upload(name, type, bytes, sha256(bytes));
    }

    /** A file's name as kept: "tep" when none is given, the last 300 characters (so the extension stays). */
    public static String name(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "tep" : fileName.strip();
        return name.length() <= 300 ? name : name.substring(name.length() - 300);
    }

    /**
     * An uploaded file's content (null when none came: the caller refuses a missing file after its access
     * check), refused over the size limit without reading more than one byte past it: the container accepts
     * uploads far larger (dossier exports), which must never be read whole into memory.
     */
    public byte[] read(org.springframework.web.multipart.MultipartFile file, String field) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return read(file.getInputStream(), field);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content, refused over the size limit without reading more than one byte past it. */
    public byte[] read(InputStream content, String field) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InvalidInputException("attachment.too-large", field, maxBytes / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
