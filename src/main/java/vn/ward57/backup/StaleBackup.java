package vn.ward57.backup;

/**
 * The warning an admin's dashboard shows when the newest backup is older than allowed.
 *
 * @param lastGood the newest backup, or null when there is none
 */
public record StaleBackup(BackupFile lastGood) {
}
