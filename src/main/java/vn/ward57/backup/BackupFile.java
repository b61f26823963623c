package vn.ward57.backup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import vn.ward57.common.VietnameseFormat;

/**
 * One backup in the backup folder.
 *
 * @param time when it was taken, Vietnam time (from its name, so a copied file keeps it)
 * @param age  how long ago, at the moment the list was read
 */
public record BackupFile(String name, LocalDateTime time, long bytes, Duration age) {

    /** "8,37 MB": megabytes written the Vietnamese way. */
    public String size() {
        // always two decimals, so a column of sizes lines up ("9,90 MB", not "9,9 MB")
        return VietnameseFormat.decimal(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1 << 20), 2,
                RoundingMode.HALF_UP)) + " MB";
    }

    /** The message key of the age (minutes, hours or days ago) and {@link #ageValue()} its number. */
    public String ageKey() {
        return age.toMinutes() < 60 ? "backup.age-minutes" : age.toHours() < 48 ? "backup.age-hours" : "backup.age-days";
    }

    public long ageValue() {
        return age.toMinutes() < 60 ? Math.max(0, age.toMinutes()) : age.toHours() < 48 ? age.toHours() : age.toDays();
    }
}
