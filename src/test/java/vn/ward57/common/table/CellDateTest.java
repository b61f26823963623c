package vn.ward57.common.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-01-15          | 2026-01-15T00:00",
            "2026-01-15T08:30    | 2026-01-15T08:30",
            "2026-01-15 08:30    | 2026-01-15T08:30",
            "2026-01-15 08:30:45 | 2026-01-15T08:30:45",
            "2026-01-15T23:59:59 | 2026-01-15T23:59:59",
            "15/01/2026          | 2026-01-15T00:00",
            "5/1/2026            | 2026-01-05T00:00",
            "15/01/2026 08:30    | 2026-01-15T08:30",
            "15/01/2026 8:30     | 2026-01-15T08:30",
            "29/02/2024 17:05:09 | 2024-02-29T17:05:09",
            "10/07/2026          | 2026-07-10T00:00",
            "10/7/2026 08:15     | 2026-07-10T08:15",
            "10-07-2026          | 2026-07-10T00:00",
            "1-7-2026 8:05       | 2026-07-01T08:05",
            "2026-07-10 08:15:30 | 2026-07-10T08:15:30",
            "08:15 10/07/2026    | 2026-07-10T08:15",
            "8:15:30 10-07-2026  | 2026-07-10T08:15:30",
            "10/07/2026 08 giờ 15 | 2026-07-10T08:15",
            "10/07/2026 8 giờ 05 | 2026-07-10T08:05",
            "46213               | 2026-07-10T00:00",
            "46213.34375         | 2026-07-10T08:15",
            "46213.5             | 2026-07-10T12:00",
    })
    void readsTheWaysExportsWriteDates(String text, String expected) {
        assertThat(CellDate.read(text).at()).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-1-15", "2026-01-15T8:30", "2026-01-15 08", "2026-01-15 08:3",
            "2026-01-15X08:30", "2026-13-01", "2026-02-30", "31/02/2026", "29/02/2025", "15/01/26",
            "15.01.2026", "15/01/2026T08:30", "15/01/2026 24:00", "15/01/2026 08:60", "15/01/2026 08:30:",
            "115/01/2026", "15/001/2026", "hôm qua", "2026-01-15 08:30 ", "١٥/01/2026", "10-07-26", "10-07-2026T08:15",
            "08:15", "08:15 ", "08:15 2026-07-10X", "25:00 10/07/2026", "10/07/2026 08 giờ", "10/07/2026 giờ 15",
            "10/07/2026 08 giờ 5", "4621", "462130", "46213.", "46213.3x", "1234567", "-46213", "46213,5"})
    void refusesAnythingElse(String text) {
        assertThat(CellDate.read(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-07-10          | false", "2026-07-10T00:00 | true", "10/07/2026 | false", "10-07-2026 | false",
            "10/07/2026 00:00    | true", "08:15 10/07/2026 | true", "10/07/2026 08 giờ 15 | true",
            "46213               | false", "46213.0 | false", "46213.34375 | true"})
    void saysWhetherTheTextGaveATime(String text, boolean timed) {
        assertThat(CellDate.read(text).timed()).isEqualTo(timed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a date alone is the whole day: a same-day due date or result is not before a timed receipt
            "10/07/2026       | 10/07/2026 08:15 | false",
            "10/07/2026 08:15 | 10/07/2026       | false",
            "09/07/2026       | 10/07/2026 08:15 | true",
            "10/07/2026 23:59 | 11/07/2026       | true",
            // both timed: the exact check stays
            "10/07/2026 08:00 | 10/07/2026 08:15 | true",
            "10/07/2026 08:15 | 10/07/2026 08:15 | false"})
    void aDateAloneIsComparedByDay(String later, String received, boolean before) {
        assertThat(CellDate.read(later).before(CellDate.read(received))).isEqualTo(before);
    }

    @Test
    void aRegisterReadsTheDayAlone() {
        assertThat(CellDate.parse("15/1/2026")).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(CellDate.parse("2026-01-15T08:30:00")).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(CellDate.parse("15-01-2026 08:30")).isEqualTo(LocalDate.of(2026, 1, 15));   // as exports write it
        assertThat(CellDate.parse("31/02/2026")).isNull();
    }
}
