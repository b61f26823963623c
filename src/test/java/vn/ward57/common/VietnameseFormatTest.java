package vn.ward57.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The conventions of DOMAIN.md: 12.456, 98,70%, 820.000.000 đồng, 06/6/2026, Quý IV/2026. */
class VietnameseFormatTest {

    @Test
    void numbersGroupThousandsWithDotsAndDecimalsWithACommaAsTheJdkViVnSymbolsDo() {
        assertThat(VietnameseFormat.count(12_456)).isEqualTo("12.456");
        assertThat(VietnameseFormat.count(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(VietnameseFormat.count(null)).isEmpty();
        assertThat(VietnameseFormat.decimal(new BigDecimal("15"))).isEqualTo("15,00");
        assertThat(VietnameseFormat.percent(new BigDecimal("98.7"))).isEqualTo("98,70%");
        assertThat(VietnameseFormat.percent(new BigDecimal("-0.005"))).isEqualTo("-0,01%");
        assertThat(VietnameseFormat.percent(null)).isEqualTo("–");
    }

    @Test
    void aNumberTypedTheVietnameseWayIsReadAndShownBackAsTyped() {
        assertThat(VietnameseFormat.parseNumber("247,5")).isEqualByComparingTo("247.5");
        assertThat(VietnameseFormat.parseNumber("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(VietnameseFormat.parseNumber(" 12.456 ")).isEqualByComparingTo("12456");
        assertThat(VietnameseFormat.parseNumber("247.5")).isEqualByComparingTo("247.5");
        assertThat(VietnameseFormat.parseNumber("")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VietnameseFormat.parseNumber("mười"))
                .isInstanceOf(NumberFormatException.class);
        assertThat(VietnameseFormat.exact(new BigDecimal("247.50"))).isEqualTo("247,5");
        assertThat(VietnameseFormat.exact(new BigDecimal("1234.5678"))).isEqualTo("1.234,5678");  // never rounded
        assertThat(VietnameseFormat.exact(new BigDecimal("1.2E+4"))).isEqualTo("12.000");
        assertThat(VietnameseFormat.exact(null)).isEmpty();
    }

    @Test
    void dongGroupsThousandsWithDots() {
        assertThat(VietnameseFormat.dong(1_056_000_000L)).isEqualTo("1.056.000.000 đồng");
        assertThat(VietnameseFormat.dong(820_000_000L)).isEqualTo("820.000.000 đồng");
        assertThat(VietnameseFormat.dong(0)).isEqualTo("0 đồng");
        assertThat(VietnameseFormat.dong(999)).isEqualTo("999 đồng");
        assertThat(VietnameseFormat.dong(-20_000_000L)).isEqualTo("-20.000.000 đồng");
        assertThat(VietnameseFormat.dong(Long.MAX_VALUE)).isEqualTo("9.223.372.036.854.775.807 đồng");
    }

    @Test
    void millionKeepsDecimalsWithACommaWhenNotWhole() {
        assertThat(VietnameseFormat.millionDong(1_056_000_000L)).isEqualTo("1.056 triệu đồng");
        assertThat(VietnameseFormat.millionDong(499_000_000L)).isEqualTo("499 triệu đồng");
        assertThat(VietnameseFormat.millionDong(1_056_500_000L)).isEqualTo("1.056,5 triệu đồng");
        assertThat(VietnameseFormat.millionDong(120_250_000L)).isEqualTo("120,25 triệu đồng");
        assertThat(VietnameseFormat.millionDong(1L)).isEqualTo("0,000001 triệu đồng");     // exact, never rounded away
        assertThat(VietnameseFormat.millionDong(0)).isEqualTo("0 triệu đồng");
    }

    @Test
    void datesPadTheDayAndOnlyJanuaryAndFebruary() {
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 6, 6))).isEqualTo("06/6/2026");
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 1, 1))).isEqualTo("01/01/2026");
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 2, 15))).isEqualTo("15/02/2026");
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 12, 31))).isEqualTo("31/12/2026");
        assertThat(VietnameseFormat.dateTime(LocalDate.of(2026, 2, 5).atTime(8, 15))).isEqualTo("08:15 05/02/2026");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2024, 12, 22))).isEqualTo("ngày 22 tháng 12 năm 2024");
    }

    /** A moment stored at 18:40 UTC happened at 01:40 the next day in the ward. */
    @Test
    void momentsAreWrittenInVietnamTime() {
        var utc = java.time.OffsetDateTime.of(2026, 6, 5, 18, 40, 0, 0, java.time.ZoneOffset.UTC);
        assertThat(VietnameseFormat.dateTime(utc)).isEqualTo("01:40 06/6/2026");
        assertThat(VietnameseFormat.dateTime(utc.toInstant())).isEqualTo("01:40 06/6/2026");
        assertThat(VietnameseFormat.dateTime(utc.toZonedDateTime())).isEqualTo("01:40 06/6/2026");
        assertThat(VietnameseFormat.time(utc)).isEqualTo("01:40");
        assertThat(VietnameseFormat.dateTime(null)).isEmpty();
    }

    @Test
    void periodsAsLabelsAndInText() {
        assertThat(VietnameseFormat.period(ReportingPeriod.parse("2026-11"))).isEqualTo("Tháng 11/2026");
        assertThat(VietnameseFormat.period(ReportingPeriod.parse("2026Q4"))).isEqualTo("Quý IV/2026");
        assertThat(VietnameseFormat.period(ReportingPeriod.parse("2026S1"))).isEqualTo("6 tháng đầu năm 2026");
        assertThat(VietnameseFormat.period(ReportingPeriod.parse("2026"))).isEqualTo("Năm 2026");
        assertThat(VietnameseFormat.periodInText(ReportingPeriod.parse("2026-05"))).isEqualTo("tháng 5 năm 2026");
        assertThat(VietnameseFormat.periodInText(ReportingPeriod.parse("2026Q2"))).isEqualTo("quý II năm 2026");
        assertThat(VietnameseFormat.periodInText(ReportingPeriod.parse("2026S2"))).isEqualTo("6 tháng cuối năm 2026");
        assertThat(VietnameseFormat.periodInText(ReportingPeriod.parse("2026"))).isEqualTo("năm 2026");
    }
}
