package vn.ward57.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Properties;

/**
 * How the last backup went, kept as a small file in the backup folder: beside the copies it speaks
 * of, and not in the database, which a restore would set back to an older run.
 *
 * @param file    the backup written, or null when it failed
 * @param message why it failed (PostgreSQL's or the file system's own words), or null
 */
public record BackupRun(LocalDateTime startedAt, LocalDateTime finishedAt, boolean ok, String file, String message) {

    static final String FILE_NAME = "last-run.properties";

    static Optional<BackupRun> read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new BackupRun(LocalDateTime.parse(p.getProperty("startedAt")),
                    LocalDateTime.parse(p.getProperty("finishedAt")), Boolean.parseBoolean(p.getProperty("ok")),
                    p.getProperty("file"), p.getProperty("message")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged status file says nothing; the copies themselves are listed
        }
    }

    void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("startedAt", startedAt.toString());
        p.setProperty("finishedAt", finishedAt.toString());
        p.setProperty("ok", String.valueOf(ok));
        if (file != null) {
            p.setProperty("file", file);
        }
        if (message != null) {
            p.setProperty("message", message);
        }
        Path part = dir.resolve(FILE_NAME + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            p.store(out, "ward57: the last backup");
        }
        Files.move(part, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
