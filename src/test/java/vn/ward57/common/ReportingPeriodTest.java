package vn.ward57.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ward57.common.error.InvalidInputException;

/** Calendar periods and the cut-off windows of Nghị định 09/2019/NĐ-CP, Art. 12, with their dates by hand. */
class ReportingPeriodTest {

    private static void dates(String code, String from, String to, String name) {
        ReportingPeriod p = ReportingPeriod.parse(code);
        assertThat(p.from()).as(code).isEqualTo(LocalDate.parse(from));
        assertThat(p.to()).as(code).isEqualTo(LocalDate.parse(to));
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.name()).isEqualTo(name);
        assertThat(ReportingPeriod.exactly(p.from(), p.to())).contains(p);
    }

    @Test
    void calendarPeriods() {
        dates("2026-11", "2026-11-01", "2026-11-30", "Tháng 11/2026");
        dates("2024-02", "2024-02-01", "2024-02-29", "Tháng 2/2024");
        dates("2026Q4", "2026-10-01", "2026-12-31", "Quý IV/2026");
        dates("2026Q1", "2026-01-01", "2026-03-31", "Quý I/2026");
        dates("2026S1", "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026");
        dates("2026S2", "2026-07-01", "2026-12-31", "6 tháng cuối năm 2026");
        dates("2026", "2026-01-01", "2026-12-31", "Năm 2026");
    }

    @Test
    void cutOffWindowsOfDecree09() {
        // month: 15th of the month before to the 14th; January reaches back into the year before
        dates("2026-11C", "2026-10-15", "2026-11-14", "Tháng 11/2026 (kỳ chốt số liệu 15/10/2026 – 14/11/2026)");
        dates("2026-01C", "2025-12-15", "2026-01-14", "Tháng 1/2026 (kỳ chốt số liệu 15/12/2025 – 14/01/2026)");
        // quarter: 15th of the month before the quarter to the 14th of its last month
        dates("2026Q1C", "2025-12-15", "2026-03-14", "Quý I/2026 (kỳ chốt số liệu 15/12/2025 – 14/3/2026)");
        dates("2026Q3C", "2026-06-15", "2026-09-14", "Quý III/2026 (kỳ chốt số liệu 15/6/2026 – 14/9/2026)");
        // six months: 15/12 of the year before to 14/6; year: 15/12 to 14/12
        dates("2026S1C", "2025-12-15", "2026-06-14", "6 tháng đầu năm 2026 (kỳ chốt số liệu 15/12/2025 – 14/6/2026)");
        dates("2026C", "2025-12-15", "2026-12-14", "Năm 2026 (kỳ chốt số liệu 15/12/2025 – 14/12/2026)");
        assertThat(ReportingPeriod.parse("2026Q3C").calendar().code()).isEqualTo("2026Q3");
    }

    @Test
    void refusesWhatNamesNoPeriod() {
        for (String bad : new String[] {"2026-13", "2026Q5", "2026S3", "2026S2C", "26-11", "2026-11X", "", "x".repeat(5000)}) {
            assertThatThrownBy(() -> ReportingPeriod.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(String.valueOf(((InvalidInputException) e).args()[0]).length())
                            .isLessThanOrEqualTo(21));
        }
        assertThat(ReportingPeriod.exactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7))).isEmpty();
    }

    /** A period typed as a page names it reads as its code: with or without diacritics, spaces or "năm". */
    @Test
    void readsPeriodsWrittenInWords() {
        String[][] cases = {
                {"Tháng 11/2026", "2026-11"}, {"tháng 1/2027", "2027-01"}, {"11/2026", "2026-11"},
                {"Tháng 11 năm 2026", "2026-11"}, {"thang 11 / 2026", "2026-11"}, {"T11/2026", "2026-11"},
                {"Quý IV/2026", "2026Q4"}, {"quý ii năm 2026", "2026Q2"}, {"Quy 3/2026", "2026Q3"},
                {"6 tháng đầu năm 2026", "2026S1"}, {"6 tháng cuối năm 2025", "2025S2"}, {"Năm 2026", "2026"},
                {"November 2026", "2026-11"}, {"Q4 2026", "2026Q4"}, {"H1 2026", "2026S1"}, {"Year 2026", "2026"},
                {"Tháng 11/2026 (kỳ chốt số liệu 15/10/2026 – 14/11/2026)", "2026-11C"},
        };
        for (String[] c : cases) {
            assertThat(ReportingPeriod.parse(c[0]).code()).as(c[0]).isEqualTo(c[1]);
        }
        // a name is read back as the period it names
        for (ReportingPeriod p : ReportingPeriod.choicesAround(LocalDate.of(2026, 12, 6))) {
            assertThat(ReportingPeriod.parse(p.name())).as(p.name()).isEqualTo(p);
        }
        for (String bad : new String[] {"Tháng 13/2026", "Quý V/2026", "Quý 0/2026", "6 tháng giữa năm 2026",
                "Năm 26", "Tháng 11", "2026/11", "tháng mười một 2026"}) {
            assertThatThrownBy(() -> ReportingPeriod.parse(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("period"));
        }
        // an indicator's periods are calendar ones: a window in words is refused as its code is
        assertThat(ReportingPeriod.parseCalendar("Quý IV/2026").code()).isEqualTo("2026Q4");
        assertThatThrownBy(() -> ReportingPeriod.parseCalendar("Tháng 11/2026 (kỳ chốt số liệu 15/10/2026 – 14/11/2026)"))
                .isInstanceOf(InvalidInputException.class).hasMessage("period.bad");
    }

    @Test
    void offersPeriodsThatHaveBegunNewestFirst() {
        var choices = ReportingPeriod.choicesAround(LocalDate.of(2026, 12, 6));
        assertThat(choices.getFirst().code()).isEqualTo("2026");
        assertThat(choices).extracting(ReportingPeriod::code)
                .contains("2026C", "2026-12", "2026-12C", "2025-01", "2025S1C")
                .doesNotContain("2026S2C");
        // a period that has not begun is not offered: on 10/3/2026 neither April nor the second quarter
        assertThat(ReportingPeriod.choicesAround(LocalDate.of(2026, 3, 10))).extracting(ReportingPeriod::code)
                .contains("2026-03", "2026Q1C", "2026-03C").doesNotContain("2026-04", "2026Q2", "2026-04C");
    }
}
