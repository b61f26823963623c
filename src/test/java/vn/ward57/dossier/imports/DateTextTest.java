package vn.ward57.dossier.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

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
    })
    void readsTheWaysExportsWriteDates(String text, String expected) {
        assertThat(DateText.parse(text)).isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-1-15", "2026-01-15T8:30", "2026-01-15 08", "2026-01-15 08:3",
            "2026-01-15X08:30", "2026-13-01", "2026-02-30", "31/02/2026", "29/02/2025", "15/01/26",
            "15.01.2026", "15/01/2026T08:30", "15/01/2026 24:00", "15/01/2026 08:60", "15/01/2026 08:30:",
            "115/01/2026", "15/001/2026", "hôm qua", "2026-01-15 08:30 ", "١٥/01/2026"})
    void refusesAnythingElse(String text) {
        assertThat(DateText.parse(text)).isNull();
    }
}
