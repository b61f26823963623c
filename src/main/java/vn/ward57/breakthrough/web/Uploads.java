package vn.ward57.breakthrough.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded register file's content; null when none came, for the service to refuse after its access check. */
final class Uploads {

    private Uploads() {
    }

    static byte[] content(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }
}
