package vn.ward57.common.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, deletes the temporary copies of uploads a crash left behind: this app's own
 * ({@link Uploads#tempFile}) and the servlet container's, kept in a directory of ward57's
 * (spring.servlet.multipart.location, made here). Only those older than a day: an import of
 * another ward57 on the same machine may be reading a newer one.
 */
@Component
class StaleUploads implements ApplicationRunner {

    static final Duration AGE = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(StaleUploads.class);

    private final Path temp;
    private final Path container;

    StaleUploads(@Value("${java.io.tmpdir}") Path temp,
                 @Value("${spring.servlet.multipart.location:}") String container) {
        this.temp = temp;
        this.container = container.isBlank() ? null : Path.of(container);
        if (this.container != null) {
            try {
                // the container refuses an upload when its directory is missing; made before it takes requests
                Files.createDirectories(this.container);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant before = Instant.now().minus(AGE);
        int deleted = delete(temp, Uploads.TEMP_PREFIX + "*" + Uploads.TEMP_SUFFIX, before)
                + (container == null ? 0 : delete(container, "*", before));
        if (deleted > 0) {
            log.info("Đã xóa {} tệp tải lên tạm còn sót (cũ hơn một ngày)", deleted);
        }
    }

    /** Deletes the files of the directory that match the glob and were last written before the moment. */
    static int delete(Path directory, String glob, Instant before) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            for (Path file : files) {
                deleted += delete(file, before) ? 1 : 0;
            }
        } catch (IOException e) {
            // cleaning up is no reason to refuse to start
            log.warn("Không đọc được thư mục tạm {}: {}", directory, e.toString());
        }
        return deleted;
    }

    private static boolean delete(Path file, Instant before) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                    && Files.deleteIfExists(file);
        } catch (IOException e) {
            // one file that cannot be deleted (another user's, gone meanwhile) does not stop the others
            log.warn("Không xóa được tệp tạm {}: {}", file, e.toString());
            return false;
        }
    }
}
