package vn.ward57.common.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a crash or a power cut of the PC, the PostgreSQL that ward57 started can outlive it and
 * keep its data directory, so the next start would fail. Before starting, this stops such a
 * leftover server, but only when no running ward57 holds the directory's lock (the lock the
 * embedded PostgreSQL takes, {@code epg-lock}): a second ward57 on the same data is refused.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private OrphanedPostmaster() {
    }

    static void stopIfAny(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(pgData.resolve("epg-lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Thư mục dữ liệu " + pgData + " đang được một ward57 khác dùng."
                        + " / The data directory is in use by another running ward57.");
            }
            postmasterPid(pidFile).flatMap(ProcessHandle::of).filter(OrphanedPostmaster::isPostgres)
                    .ifPresent(OrphanedPostmaster::stop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> postmasterPid(Path pidFile) throws IOException {
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        try {
            return Optional.of(Long.parseLong(firstLine));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn("PostgreSQL nhúng của lần chạy trước vẫn chạy (pid {}); dừng nó trước khi khởi động lại",
                postmaster.pid());
        postmaster.destroy(); // SIGTERM: PostgreSQL shuts down cleanly once its dead clients are gone
        try {
            postmaster.onExit().get(STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Không dừng được PostgreSQL cũ (pid " + postmaster.pid() + ")", e);
        }
    }
}
