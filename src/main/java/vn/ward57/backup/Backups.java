package vn.ward57.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import vn.ward57.backup.domain.BaseBackup;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.WardAccess;

/**
 * The backups of the embedded database: the nightly run, the admins' "Sao lưu ngay", the list and
 * the warning when the newest copy is too old. One backup runs at a time; a run that fails leaves
 * no file behind but its reason in {@link BackupRun}.
 */
@Service
public class Backups {

    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final EmbeddedPostgres embedded;
    private final Path dir;
    private final BackupFolder folder;
    private final Duration timeout;
    private final Duration staleAfter;
    private final String cron;
    private final Retention retention;
    private final WardAccess access;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Integer percent;

    Backups(ObjectProvider<EmbeddedPostgres> embedded, @Value("${ward57.backup.dir}") Path dir,
            @Value("${ward57.backup.timeout:1h}") Duration timeout, @Value("${ward57.backup.stale-after:2d}") Duration staleAfter,
            @Value("${ward57.backup.cron:0 0 2 * * *}") String cron, @Value("${ward57.backup.keep-daily:14}") int daily,
            @Value("${ward57.backup.keep-weekly:8}") int weekly, WardAccess access) {
        this.embedded = embedded.getIfAvailable();
        this.dir = dir.toAbsolutePath().normalize();
        this.folder = new BackupFolder(this.dir);
        this.timeout = timeout;
        this.staleAfter = staleAfter;
        this.cron = cron;
        this.retention = new Retention(daily, weekly);
        this.access = access;
    }

    /** For the admins of any province: a copy holds every province's data, as the server does. */
    public BackupState state() {
        access.administer((String) null);
        LocalDateTime next = embedded == null || "-".equals(cron) ? null
                : CronExpression.parse(cron).next(ZonedDateTime.now(WardTime.ZONE)).toLocalDateTime();
        return new BackupState(embedded != null, dir.toString(), busy.get(), percent,
                BackupRun.read(dir).orElse(null), next, folder.list());
    }

    /** "Sao lưu ngay": starts a backup in the background unless one is running; the page follows its progress. */
    public BackupState startNow() {
        access.administer((String) null);
        if (embedded == null) {
            throw new ConflictException("backup.external", null);
        }
        if (busy.compareAndSet(false, true)) {
            log.info("{} bắt đầu sao lưu", CurrentActor.name());
            Thread.ofVirtual().name("ward57-backup").start(this::runClaimed);
        }
        return state();
    }

    /** The nightly run, at {@code ward57.backup.cron} Vietnam time (02:00; "-" turns it off, as in the tests). */
    @Scheduled(cron = "${ward57.backup.cron:0 0 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        if (embedded != null && busy.compareAndSet(false, true)) {
            runClaimed();
        }
    }

    /** A backup now, in the calling thread; null when one is already running. */
    BackupRun run() {
        return busy.compareAndSet(false, true) ? runClaimed() : null;
    }

    /** The backup folder, as resolved once at start (a placeholder in it may differ when resolved again). */
    Path dir() {
        return dir;
    }

    /** A backup's file by its name, for the download; only names this module gives are served. */
    public Optional<Path> file(String name) {
        access.administer((String) null);
        return folder.list().stream().filter(f -> f.name().equals(name)).findFirst().map(f -> dir.resolve(f.name()));
    }

    /** For an admin's dashboard: the newest backup when it is older than allowed (or none), else null. */
    public StaleBackup staleWarning() {
        if (embedded == null || !CurrentActor.find().map(Actor::isProvinceAdmin).orElse(false)) {
            return null;
        }
        BackupFile newest = folder.list().stream().findFirst().orElse(null);
        return newest == null || newest.age().compareTo(staleAfter) > 0 ? new StaleBackup(newest) : null;
    }

    private BackupRun runClaimed() {
        LocalDateTime started = LocalDateTime.now(WardTime.ZONE);
        String name = BackupFolder.name(started);
        Path part = dir.resolve(name + ".part");
        BackupRun run;
        try {
            Files.createDirectories(dir);
            folder.deleteLeftovers();
            percent = 0;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.CREATE_NEW))) {
                new BaseBackup(embedded.getPostgresDatabase()).write(out, timeout,
                        (copied, total) -> percent = (int) (copied * 100 / Math.max(1, total)));
            }
            try (FileChannel written = FileChannel.open(part, StandardOpenOption.WRITE)) {
                written.force(true); // on the disk before it counts as a good backup
            }
            Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            run = new BackupRun(started, LocalDateTime.now(WardTime.ZONE), true, name, null);
            log.info("Đã sao lưu cơ sở dữ liệu vào {} ({} byte)", dir.resolve(name), Files.size(dir.resolve(name)));
            folder.prune(retention);
        } catch (Exception e) {
            log.error("Sao lưu cơ sở dữ liệu thất bại", e);
            BackupFolder.deleteQuietly(part);
            run = new BackupRun(started, LocalDateTime.now(WardTime.ZONE), false, null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            percent = null;
            busy.set(false);
        }
        try {
            run.write(dir);
        } catch (IOException e) {
            log.error("Không ghi được trạng thái sao lưu vào {}", dir, e);
        }
        return run;
    }
}
