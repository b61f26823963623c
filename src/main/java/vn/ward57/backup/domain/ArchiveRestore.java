package vn.ward57.backup.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.ward57.common.WardTime;

/**
 * Puts a backup of {@link BaseBackup} in place of the embedded server's data directory while no
 * server runs on it. The archive is unpacked beside it first, every entry read (so a damaged file is
 * found by its checksum) and checked; only then is the current directory moved aside, kept as
 * {@code pg.before-restore-…}, and the unpacked one moved in. PostgreSQL then recovers the copy
 * from the WAL in it at its next start. Any failure leaves the current data as it was.
 */
public final class ArchiveRestore {

    /** Written into the restored directory: the archive it came from, so a second start does not restore again. */
    static final String MARKER = "ward57-restored-from";
    private static final Set<String> REQUIRED = Set.of(DataDirectoryZip.MANIFEST, "backup_label", "PG_VERSION",
            "global/pg_control");

    private ArchiveRestore() {
    }

    /**
     * What a restore did.
     *
     * @param done false when this archive had been restored there already (the option left on), so nothing was
     * @param kept where the former data directory was kept, or null when there was none
     */
    public record Outcome(boolean done, Path kept) {
    }

    public static Outcome restore(Path archive, Path pgData) throws IOException {
        if (!Files.isRegularFile(archive)) {
            throw new IOException("Không thấy tệp sao lưu " + archive + " / backup file not found");
        }
        String signature = archive.toAbsolutePath().normalize() + " " + Files.size(archive) + " "
                + Files.getLastModifiedTime(archive).toMillis();
        Path marker = pgData.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker).equals(signature)) {
            return new Outcome(false, null);
        }
        refuseIfInUse(pgData);
        Path staging = pgData.resolveSibling(pgData.getFileName() + ".restoring");
        deleteTree(staging);
        try {
            unpack(archive, staging);
            Path current = pgData.resolve("PG_VERSION");
            if (Files.exists(current) && !Files.readString(current).strip()
                    .equals(Files.readString(staging.resolve("PG_VERSION")).strip())) {
                throw new IOException("Bản sao lưu của PostgreSQL " + Files.readString(staging.resolve("PG_VERSION")).strip()
                        + ", dữ liệu hiện tại của PostgreSQL " + Files.readString(current).strip()
                        + " / the backup is of another PostgreSQL major version");
            }
            Files.delete(staging.resolve(DataDirectoryZip.MANIFEST));
            Files.writeString(staging.resolve(MARKER), signature);
            Path kept = null;
            if (Files.exists(pgData)) {
                kept = pgData.resolveSibling(pgData.getFileName() + ".before-restore-"
                        + LocalDateTime.now(WardTime.ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(pgData, kept);
            }
            Files.move(staging, pgData, StandardCopyOption.ATOMIC_MOVE);
            return new Outcome(true, kept);
        } finally {
            deleteTree(staging);
        }
    }

    private static void unpack(Path archive, Path target) throws IOException {
        Files.createDirectories(target);
        Set<String> found = new HashSet<>();
        try (InputStream file = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(file, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path to = target.resolve(entry.getName()).normalize();
                if (!to.startsWith(target) || to.equals(target)) {
                    throw new IOException("Tệp " + archive + " có mục không hợp lệ: " + entry.getName()
                            + " / the archive names a path outside the data directory");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(zip, to); // reading to the entry's end checks its CRC
                    found.add(entry.getName());
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException("Tệp " + archive + " không phải bản sao lưu ward57 hoặc đã hỏng: " + e.getMessage()
                    + " / not a ward57 backup, or damaged", e);
        }
        Set<String> missing = new HashSet<>(REQUIRED);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw new IOException("Tệp " + archive + " không phải bản sao lưu ward57 (thiếu " + String.join(", ", missing)
                    + ") / not a ward57 backup");
        }
        Properties manifest = new Properties();
        try (InputStream in = Files.newInputStream(target.resolve(DataDirectoryZip.MANIFEST))) {
            manifest.load(in);
        }
        if (!DataDirectoryZip.FORMAT.equals(manifest.getProperty("format"))) {
            throw new IOException("Tệp " + archive + " có định dạng " + manifest.getProperty("format")
                    + ", không đọc được / unknown backup format");
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // PostgreSQL refuses a data directory that others may read
            try (Stream<Path> dirs = Files.walk(target)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
        }
    }

    /** A data directory with a live server, or held by a running ward57, is not touched. */
    private static void refuseIfInUse(Path pgData) throws IOException {
        if (!Files.isDirectory(pgData)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(pgData.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            boolean serverAlive = Files.exists(pgData.resolve("postmaster.pid")) && Files.readAllLines(pgData.resolve("postmaster.pid"))
                    .stream().findFirst().map(String::strip).filter(s -> s.matches("\\d+"))
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid))).filter(ArchiveRestore::isPostgres).isPresent();
            if (lock == null || serverAlive) {
                throw inUse(pgData);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(pgData); // held by this very JVM
        }
    }

    private static IOException inUse(Path pgData) {
        return new IOException("Thư mục dữ liệu " + pgData + " đang được dùng: hãy tắt ward57 trước khi phục hồi"
                + " / the data directory is in use: stop ward57 before restoring");
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive() && process.info().command()
                .map(c -> c.endsWith("/postgres") || c.endsWith("postgres.exe")).orElse(false);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
