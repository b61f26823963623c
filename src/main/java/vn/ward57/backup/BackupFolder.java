package vn.ward57.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ward57.common.WardTime;

/** The backup folder: the copies by their names ({@code ward57-yyyyMMdd-HHmmss.zip}, Vietnam time), nothing else. */
record BackupFolder(Path dir) {

    private static final Logger log = LoggerFactory.getLogger(BackupFolder.class);
    private static final Pattern NAME = Pattern.compile("ward57-(\\d{8}-\\d{6})\\.zip");
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    static String name(LocalDateTime time) {
        return "ward57-" + time.format(NAME_TIME) + ".zip";
    }

    /** The backups, newest first. */
    List<BackupFile> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        LocalDateTime now = LocalDateTime.now(WardTime.ZONE);
        try (Stream<Path> paths = Files.list(dir)) {
            return paths.map(p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(p)) {
                    return null;
                }
                LocalDateTime time = LocalDateTime.parse(m.group(1), NAME_TIME);
                return new BackupFile(m.group(), time, p.toFile().length(), Duration.between(time, now));
            }).filter(Objects::nonNull).sorted(Comparator.comparing(BackupFile::time).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the backups the retention does not keep. */
    void prune(Retention retention) {
        List<BackupFile> all = list();
        Set<LocalDateTime> keep = retention.keep(all.stream().map(BackupFile::time).toList());
        for (BackupFile f : all) {
            if (!keep.contains(f.time())) {
                log.info("Xóa bản sao lưu cũ {}", f.name());
                deleteQuietly(dir.resolve(f.name()));
            }
        }
    }

    /** A run cut off by a crash or power cut leaves its ".part"; only one run at a time writes here. */
    void deleteLeftovers() throws IOException {
        try (Stream<Path> paths = Files.list(dir)) {
            paths.filter(p -> p.getFileName().toString().endsWith(".zip.part")).forEach(BackupFolder::deleteQuietly);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Không xóa được {}", file, e);
        }
    }
}
