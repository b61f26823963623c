package vn.ward57.backup.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A copy of the running embedded PostgreSQL, taken without stopping it by its own online backup
 * functions ({@code pg_backup_start}/{@code pg_backup_stop}, "the low-level API" of the PostgreSQL
 * manual, what {@code pg_basebackup} does): the data directory, the WAL written meanwhile and the
 * backup label, in one ZIP that PostgreSQL recovers to the moment the copy ended. The embedded
 * binaries have no {@code pg_dump} (zonky ships initdb, pg_ctl and postgres only), so this needs
 * nothing that ward57 does not already run.
 */
public final class BaseBackup {

    /** Told how far the copy is, in bytes of the data directory. */
    public interface Progress {
        void copied(long bytes, long total);
    }

    /** What was copied, written into the archive as {@link DataDirectoryZip#MANIFEST}. */
    public record Result(String serverVersion, String startLsn, String stopLsn, long dataBytes) {
    }

    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");

    private final DataSource postgres;

    /** @param postgres a superuser's connections to the embedded server */
    public BaseBackup(DataSource postgres) {
        this.postgres = postgres;
    }

    public Result write(OutputStream out, Duration timeout, Progress progress) throws IOException, SQLException {
        Instant deadline = Instant.now().plus(timeout);
        // one session for the whole copy: a non-exclusive backup and a temporary slot end with it
        try (Connection c = postgres.getConnection(); DataDirectoryZip zip = new DataDirectoryZip(out, deadline)) {
            // the slot keeps every WAL segment from now on, so none the copy needs is recycled meanwhile
            text(c, "select pg_create_physical_replication_slot('ward57_backup', true, true)::text");
            Path dataDir = Path.of(text(c, "select current_setting('data_directory')"));
            String version = text(c, "select current_setting('server_version')");
            String start = text(c, "select pg_backup_start('ward57 ' || now()::text, true)::text");
            long bytes = zip.addDataDirectory(dataDir, progress);
            String stop;
            String label;
            String tablespaceMap;
            try (PreparedStatement s = c.prepareStatement("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)");
                 ResultSet r = s.executeQuery()) {
                r.next();
                stop = r.getString(1);
                label = r.getString(2);
                tablespaceMap = r.getString(3);
            }
            zip.addWal(dataDir.resolve("pg_wal"), walSegments(c, dataDir.resolve("pg_wal"), start, stop));
            zip.addText("backup_label", label);
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                zip.addText("tablespace_map", tablespaceMap);
            }
            Result result = new Result(version, start, stop, bytes);
            zip.addText(DataDirectoryZip.MANIFEST, manifest(result));
            return result;
        }
    }

    /** The segments from the one holding the backup's start to the one holding its end, and timeline histories. */
    private static List<Path> walSegments(Connection c, Path walDir, String startLsn, String stopLsn)
            throws SQLException, IOException {
        String first = walFileName(c, startLsn);
        String last = walFileName(c, stopLsn);
        try (Stream<Path> files = Files.list(walDir)) {
            List<Path> wal = files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".history") || (WAL_SEGMENT.matcher(name).matches()
                        && name.compareTo(first) >= 0 && name.compareTo(last) <= 0);
            }).sorted().toList();
            if (wal.stream().noneMatch(p -> p.getFileName().toString().equals(last))) {
                throw new IOException("Thiếu tệp WAL " + last + " của bản sao lưu / WAL segment missing");
            }
            return wal;
        }
    }

    private static String walFileName(Connection c, String lsn) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_walfile_name(?::pg_lsn)")) {
            s.setString(1, lsn);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private static String manifest(Result result) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", DataDirectoryZip.FORMAT);
        p.setProperty("created", Instant.now().toString());
        p.setProperty("serverVersion", result.serverVersion());
        p.setProperty("startLsn", result.startLsn());
        p.setProperty("stopLsn", result.stopLsn());
        p.setProperty("dataBytes", String.valueOf(result.dataBytes()));
        var text = new java.io.StringWriter();
        p.store(text, "ward57 backup");
        return text.toString();
    }
}
