package vn.ward57.backup;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the backup page shows.
 *
 * @param embedded false with an external server (WARD57_DB_URL): its own backups are used
 * @param percent  how far a running backup is, or null when none runs
 * @param lastRun  the last run, or null before the first
 * @param nextRun  the next scheduled run, or null when the schedule is off
 */
public record BackupState(boolean embedded, String dir, boolean running, Integer percent, BackupRun lastRun,
                          LocalDateTime nextRun, List<BackupFile> files) {
}
