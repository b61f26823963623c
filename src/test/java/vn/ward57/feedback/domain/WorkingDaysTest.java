package vn.ward57.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.of("2026-01-01, 2026-02-16..2026-02-20, 2026-04-27");

    @Test
    void weekendsDoNotCount() {
        // Friday 6/3/2026 + 1 → Monday 9/3; + 5 → Friday 13/3; Saturday 7/3 + 1 → Monday 9/3
        assertThat(days.plus(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(days.plus(LocalDate.of(2026, 3, 6), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(days.plus(LocalDate.of(2026, 3, 7), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        // 10 working days from Monday 2/3: two weeks → Monday 16/3
        assertThat(days.plus(LocalDate.of(2026, 3, 2), 10)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void theTetHolidaySpanIsSkipped() {
        // Friday 13/2 + 1: 16–20/2 are Tết, 21–22 a weekend → Monday 23/2; + 5 → Friday 27/2
        assertThat(days.plus(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(days.plus(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
        // Giỗ Tổ observed Monday 27/4: Friday 24/4 + 1 → Tuesday 28/4
        assertThat(days.plus(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(days.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
    }

    @Test
    void crossingTheYear() {
        // Monday 29/12/2025 + 5: 30 (1), 31 (2), 1/1 holiday, Friday 2/1 (3), Monday 5/1 (4), Tuesday 6/1 (5)
        assertThat(days.plus(LocalDate.of(2025, 12, 29), 5)).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void theConfiguredListIsReadAndABadEntryStopsTheStart() {
        assertThat(WorkingDays.parse(" 2025-09-01..2025-09-02 ,2026-01-01,")).containsExactly(
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2), LocalDate.of(2026, 1, 1));
        assertThatThrownBy(() -> WorkingDays.of("2026-13-01")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026-13-01");
    }
}
