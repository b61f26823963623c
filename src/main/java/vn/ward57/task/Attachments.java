package vn.ward57.task;

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
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.task.domain.AttachmentRepository;

/**
 * Keeps an uploaded file (a directive's text, a task's evidence) with its SHA-256, refusing one over
 * the size limit or of a kind an office does not exchange. Callers check access and hold the transaction.
 */
@Component
class Attachments {

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

    private final AttachmentRepository files;
    private final long maxBytes;

    Attachments(AttachmentRepository files, @Value("${ward57.attachments.max-bytes}") long maxBytes) {
        this.files = files;
        this.maxBytes = maxBytes;
    }

    /** Stores the file and answers its id; the field names the form field at fault. */
    long store(Ward ward, Long directiveId, String fileName, InputStream content, String field) {
        String name = fileName == null || fileName.isBlank() ? "tep" : fileName.strip();
        if (name.length() > 300) {
            name = name.substring(name.length() - 300);
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new InvalidInputException("attachment.bad-type", field, name);
        }
        byte[] bytes = read(content, field);
        if (bytes.length == 0) {
            throw new InvalidInputException("attachment.empty", field, name);
        }
        return files.insert(new AttachmentRepository.NewFile(ward.id().value(), directiveId, name, type, bytes,
                sha256(bytes), CurrentActor.name()));
    }

    private byte[] read(InputStream content, String field) {
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
