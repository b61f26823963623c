package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ward57.common.VietnameseFormat;

class ReportPeriodTest {

    @Test
    void namesThePeriodAsTheSeedsDo() {
        assertThat(new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)).phrase()).isEqualTo("tháng 5 năm 2026");
        assertThat(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)).phrase()).isEqualTo("quý II năm 2026");
        assertThat(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)).phrase()).isEqualTo("6 tháng đầu năm 2026");
        assertThat(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).phrase()).isEqualTo("năm 2025");
        assertThat(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)).phrase())
                .isEqualTo("01 năm 06 tháng (từ 01/01/2025 đến 30/6/2026)");
        assertThat(new ReportPeriod(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)).phrase())
                .isEqualTo("từ 01/6/2026 đến 07/6/2026");
        assertThat(new ReportPeriod(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 14)).phrase())
                .isEqualTo("tháng 11 năm 2026 (kỳ chốt số liệu từ 15/10/2026 đến 14/11/2026)");
        assertThat(new ReportPeriod(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)).phrase())
                .isEqualTo("năm 2026 (kỳ chốt số liệu từ 15/12/2025 đến 14/12/2026)");
        assertThat(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)).indicatorPeriod()).isEqualTo("2026S1");
        assertThat(new ReportPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)).indicatorPeriod()).isEqualTo("2026");
    }

    @Test
    void writesNumbersAndDatesTheVietnameseWay() {
        assertThat(VietnameseFormat.count(12456)).isEqualTo("12.456");
        assertThat(VietnameseFormat.percent(new java.math.BigDecimal("98.7"))).isEqualTo("98,70%");
        assertThat(VietnameseFormat.percent(null)).isEqualTo("–");
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 6, 6))).isEqualTo("06/6/2026");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2024, 12, 22))).isEqualTo("ngày 22 tháng 12 năm 2024");
        assertThat(VietnameseFormat.longDate(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(VietnameseFormat.date(LocalDate.of(2026, 1, 1))).isEqualTo("01/01/2026");
    }

    @Test
    void keepsOnlyTheEditorsTags() {
        assertThat(Narrative.clean("<p onclick=\"x()\">A <b>b</b> <a href=\"http://x\">c</a><img src=x>"
                + "<span data-field=\"task.assigned\" style=\"color:red\" contenteditable=\"false\">7</span></p><script>alert(1)</script>"))
                .isEqualTo("<p>A <b>b</b> c<span data-field=\"task.assigned\">7</span></p>");
        var figures = java.util.Map.of("task.assigned", new ReportContent.Figure("task.assigned", "Nhiệm vụ được giao",
                java.math.BigDecimal.TEN, "10", null));
        assertThat(Narrative.withFigures("<p>Giao <span data-field=\"task.assigned\">7</span> việc</p>", figures))
                .isEqualTo("<p>Giao <span data-field=\"task.assigned\">10</span> việc</p>");
        assertThat(Narrative.fields("<p><span data-field=\"a\">1</span><span data-field=\"b\">2</span></p>")).containsExactly("a", "b");
    }
}
