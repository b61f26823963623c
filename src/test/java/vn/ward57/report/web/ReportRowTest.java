package vn.ward57.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How the report pages write a period and a finalising time. */
class ReportRowTest {

    @Test
    void theDayHasTwoDigitsTheMonthOnlyInJanuaryAndFebruary() {
        // a reporting period by its name, with its dates
        assertThat(ReportRow.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .isEqualTo("6 tháng đầu năm 2026 (01/01/2026 – 30/6/2026)");
        assertThat(ReportRow.period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .isEqualTo("Tháng 2/2026 (01/02/2026 – 28/02/2026)");
        assertThat(ReportRow.period(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14)))
                .isEqualTo("Tháng 11/2026 (kỳ chốt số liệu 15/10/2026 – 14/11/2026)");
        assertThat(ReportRow.period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30))).isEqualTo("01/01/2025 – 30/6/2026");
        assertThat(ReportRow.date(LocalDate.of(2026, 2, 28))).isEqualTo("28/02/2026");
        assertThat(ReportRow.date(LocalDate.of(2026, 3, 5))).isEqualTo("05/3/2026");
        assertThat(ReportRow.date(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
    }

    @Test
    void theFinalisingTimeIsTheWardsClock() {
        // 17:30 UTC on 30/6 is 00:30 on 1/7 in Việt Nam (UTC+7)
        assertThat(ReportRow.time(OffsetDateTime.of(2026, 6, 30, 17, 30, 0, 0, ZoneOffset.UTC))).isEqualTo("00:30 01/7/2026");
        assertThat(ReportRow.time(null)).isNull();
    }
}
