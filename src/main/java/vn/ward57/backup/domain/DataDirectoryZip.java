package vn.ward57.backup.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a data directory into a ZIP as {@code pg_basebackup} would copy it: without the files a
 * server makes afresh at start (its pid file, temporary files, statistics, shared memory, slots),
 * and with the contents of {@code pg_wal} left to {@link #addWal}, which adds only the segments
 * the backup needs. Empty directories are kept, since PostgreSQL does not start without them.
 */
final class DataDirectoryZip implements AutoCloseable {

    static final String MANIFEST = "ward57-backup.properties";
    static final String FORMAT = "ward57-base-backup-1";

    /** Directories kept empty (basebackup.c, excludeDirContents; pg_wal is added by {@link #addWal}). */
    private static final Set<String> EMPTY_DIRS = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_replslot",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    /** Files left out wherever they are (basebackup.c, excludeFiles), the embedded server's lock, our marker. */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init",
            "backup_label", "backup_label.old", "tablespace_map", "current_logfiles", "postgresql.auto.conf.tmp",
            "epg-lock", ArchiveRestore.MARKER);

    private final ZipOutputStream zip;
    private final Instant deadline;
    private final byte[] buffer = new byte[1 << 16];

    DataDirectoryZip(OutputStream out, Instant deadline) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the fastest level: a data directory is mostly empty pages, which any level shrinks alike
        zip.setLevel(Deflater.BEST_SPEED);
        this.deadline = deadline;
    }

    /** Adds the data directory but for the contents of {@link #EMPTY_DIRS}; answers the bytes copied. */
    long addDataDirectory(Path dataDir, BaseBackup.Progress progress) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        long[] total = {0};
        Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(dataDir)) {
                    dirs.add(dir);
                }
                Path relative = dataDir.relativize(dir);
                if (relative.getNameCount() == 1 && EMPTY_DIRS.contains(relative.toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (dataDir.relativize(file).startsWith("pg_tblspc")) {
                    throw new IOException("Không sao lưu được tablespace riêng " + file + " / tablespaces are not supported");
                }
                if (attrs.isRegularFile() && !LEFT_OUT.contains(name) && !name.startsWith("pgsql_tmp")) {
                    files.add(file);
                    total[0] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // dropped while we looked: not part of the copy
                }
                throw e;
            }
        });
        for (Path dir : dirs) {
            zip.putNextEntry(new ZipEntry(entryName(dataDir, dir) + "/"));
            zip.closeEntry();
        }
        long copied = 0;
        for (Path file : files) {
            copied += addFile(entryName(dataDir, file), file);
            progress.copied(copied, Math.max(total[0], copied));
        }
        return copied;
    }

    void addWal(Path walDir, List<Path> segments) throws IOException {
        for (Path segment : segments) {
            if (addFile("pg_wal/" + segment.getFileName(), segment) < 0) {
                throw new IOException("Tệp WAL " + segment + " đã mất trong lúc sao lưu / WAL segment vanished");
            }
        }
    }

    void addText(String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The file as it is now (it may grow meanwhile: the WAL replayed at restore repairs any page); -1 if gone. */
    private long addFile(String name, Path file) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return -1;
        }
        long n = 0;
        try (in) {
            zip.putNextEntry(new ZipEntry(name));
            for (int read; (read = in.read(buffer)) >= 0; n += read) {
                zip.write(buffer, 0, read);
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("Sao lưu quá thời gian cho phép / the backup took too long ("
                            + Duration.between(deadline, Instant.now()).toSeconds() + " s over)");
                }
            }
            zip.closeEntry();
        }
        return n;
    }

    private static String entryName(Path dataDir, Path path) {
        return dataDir.relativize(path).toString().replace('\\', '/');
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
