package vn.ward57.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionTest {

    private final Retention retention = new Retention(14, 8);

    @Test
    void keepsFourteenDaysAndEightWeeksOfNightlyBackups() {
        LocalDate today = LocalDate.of(2026, 6, 6); // a Saturday
        List<LocalDateTime> nightly = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            nightly.add(today.minusDays(i).atTime(2, 0));
        }
        Set<LocalDateTime> keep = retention.keep(nightly);
        // the last 14 nights, and the newest of each of the last 8 ISO weeks (Sundays before this week)
        List<LocalDateTime> expected = new ArrayList<>(nightly.subList(0, 14));
        for (int w = 0; w < 8; w++) {
            LocalDateTime newestOfWeek = w == 0 ? nightly.getFirst() : today.minusDays(6 + 7L * (w - 1)).atTime(2, 0);
            if (!expected.contains(newestOfWeek)) {
                expected.add(newestOfWeek);
            }
        }
        assertThat(keep).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(keep).hasSize(14 + 5); // this week and the two before end within the 14 days
        assertThat(keep).doesNotContain(today.minusDays(60).atTime(2, 0));
    }

    @Test
    void keepsTheNewestOfADayWhenSomeoneBackedUpByHandToo() {
        LocalDateTime night = LocalDateTime.of(2026, 6, 6, 2, 0);
        LocalDateTime byHand = LocalDateTime.of(2026, 6, 6, 10, 30);
        assertThat(retention.keep(List.of(night, byHand))).containsExactly(byHand);
    }

    @Test
    void daysWithoutABackupDoNotUseUpTheCount() {
        // the PC was off for two months: the 14 newest backups are all still kept, though long ago
        List<LocalDateTime> sparse = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sparse.add(LocalDateTime.of(2026, 1, 1, 2, 0).plusDays(i));
        }
        assertThat(retention.keep(sparse)).containsAll(sparse.subList(6, 20));
    }
}
