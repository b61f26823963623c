package vn.ward57.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file's name and content, null when none came: the service refuses a missing file only
 * after its access check, so a user of another ward learns nothing from the answer. Uploads read from
 * a file are copied to a temporary file named here, so that {@link StaleUploads} knows them.
 */
public final class Uploads {

    static final String TEMP_PREFIX = "ward57-";
    static final String TEMP_SUFFIX = ".upload";

    private Uploads() {
    }

    public static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    /** The upload's content, or null when none came (or it is empty); the caller closes it. */
    public static InputStream content(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getInputStream();
    }

    /** A new empty temporary file for an upload of the given kind (import, sample…); the caller deletes it. */
    public static Path tempFile(String kind) throws IOException {
        return Files.createTempFile(TEMP_PREFIX + kind + "-", TEMP_SUFFIX);
    }
}
