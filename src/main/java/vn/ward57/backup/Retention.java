package vn.ward57.backup;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep: the newest of each of the last {@code daily} days that have a backup and
 * the newest of each of the last {@code weekly} ISO weeks that have one (as restic's
 * {@code --keep-daily}/{@code --keep-weekly}): days without a backup, when the PC was off, do not
 * use up the count, so a month's break never leaves nothing but old copies.
 */
record Retention(int daily, int weekly) {

    /** The backups (by their time, Vietnam's) to keep; the others are deleted. */
    Set<LocalDateTime> keep(List<LocalDateTime> backups) {
        List<LocalDateTime> newestFirst = backups.stream().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> keep = new LinkedHashSet<>();
        Set<Object> days = new HashSet<>();
        Set<Object> weeks = new HashSet<>();
        for (LocalDateTime b : newestFirst) {
            if (days.size() < daily && days.add(b.toLocalDate())) {
                keep.add(b);
            }
            List<Integer> week = List.of(b.get(IsoFields.WEEK_BASED_YEAR), b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            if (weeks.size() < weekly && weeks.add(week)) {
                keep.add(b);
            }
        }
        return keep;
    }
}
