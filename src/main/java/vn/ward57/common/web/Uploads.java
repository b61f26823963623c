package vn.ward57.common.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file's name and content, null when none came: the service refuses a missing file only
 * after its access check, so a user of another ward learns nothing from the answer.
 */
public final class Uploads {

    private Uploads() {
    }

    public static byte[] content(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }
}
