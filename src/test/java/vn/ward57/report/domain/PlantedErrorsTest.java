package vn.ward57.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ward57.check.CheckedText;
import vn.ward57.check.Finding;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;
import vn.ward57.check.TextChecker;

/**
 * A Vietnamese report text written for this test (check/planted-errors.txt) with twenty inconsistencies planted,
 * checked against the demo ward's figures: each is found with its kind, and nothing else is HIGH.
 */
class PlantedErrorsTest {

    private static List<Finding> findings;

    /** kind, and a number the finding must name, for each planted inconsistency. */
    private record Planted(Kind kind, String number, String what) {
    }

    private static final List<Planted> PLANTED = List.of(
            // Resolution 57-NQ/TW is of 22/12/2024
            new Planted(Kind.DATE, "10/6/2024", "wrong date of a known document"),
            // Nghị quyết 03/NQ-CP is of 09/01/2025
            new Planted(Kind.DATE, "19/01/2025", "wrong date of a known Government resolution"),
            // 45/2023/NĐ-CP cannot be dated 2024
            new Planted(Kind.DATE, "12/3/2024", "a number's year against its date"),
            // 28 + 9 + 6 = 43 tasks of 40
            new Planted(Kind.SUM, "40", "parts above the stated total"),
            // 27/31 = 87,10%, not 90%
            new Planted(Kind.RATE, "27/31", "a rate stated before its fraction"),
            // 4.980 + 1.460 = 6.440, not 6.540
            new Planted(Kind.SUM, "1.460", "a bracketed breakdown short of its total"),
            // 4.980/6.540 = 76,15%, not 79,15%
            new Planted(Kind.RATE, "4.980/6.540", "a rate that is not its numerator over its denominator"),
            // 96,88% + 4,69% > 100%: 3.100 + 150 > 3.200
            new Planted(Kind.SUM, "3.200", "shares adding to more than 100%"),
            // 6.540 + 6.900 counts the 124 carried-over dossiers twice
            new Planted(Kind.DOUBLE_COUNT, "13.440", "carried-over dossiers counted twice"),
            // the backlog at 31/12/2025: 124, later 126
            new Planted(Kind.REPEATED_FIGURE, "126", "the same quantity stated twice with different values"),
            // the system has 114 pending on 20/11/2026
            new Planted(Kind.SYSTEM_MISMATCH, "160", "a count that differs from the system's"),
            // the system has 94,80% on time: "100%" claims every one
            new Planted(Kind.SYSTEM_MISMATCH, "100%", "a 100% claim beside 94,80%"),
            // the system has 80,85% online
            new Planted(Kind.SYSTEM_MISMATCH, "98,70%", "a rate that differs from the system's"),
            // a period that ends before it starts
            new Planted(Kind.DATE, "15/8/2026 đến ngày 01/7/2026", "a period whose end is before its start"),
            // 31/6 does not exist
            new Planted(Kind.DATE, "31/6/2026", "a day not on the calendar"),
            // Phụ lục IV is referenced, only I and II are attached
            new Planted(Kind.FORMAT, "IV", "an appendix referenced but absent"),
            // Phụ lục II twice
            new Planted(Kind.FORMAT, "II", "an appendix numbered twice"),
            // the estimate is 1.600.000.000 đồng
            new Planted(Kind.MAGNITUDE, "1.600.000 đồng", "money a thousand times below the system's"),
            // a total of 950.000 đồng with 410.000.000 đồng spent from it
            new Planted(Kind.MAGNITUDE, "950.000 đồng", "money a thousand times below the amounts beside it"),
            // Phụ lục I: 900 in-person dossiers since 22/12/2024, the text 1.249 in the period alone
            new Planted(Kind.TABLE_TEXT, "1.249", "an appendix's cumulative count below the text's"));

    @BeforeAll
    static void check() throws IOException {
        String text;
        try (InputStream in = PlantedErrorsTest.class.getResourceAsStream("/check/planted-errors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        findings = TextChecker.check(CheckedText.ofPlainText(text), DemoWardFigures.known());
        findings.forEach(f -> System.out.println("[" + f.severity() + " " + f.kind() + "] " + f.numbers() + " "
                + f.explanation() + "\n    " + f.markedQuote()));
    }

    @Test
    void everyPlantedInconsistencyIsFoundWithItsKind() {
        assertThat(PLANTED.stream().map(Planted::kind).distinct()).hasSize(9);
        for (Planted p : PLANTED) {
            assertThat(findings).as(p.what())
                    .anyMatch(f -> f.severity() == Severity.HIGH && f.kind() == p.kind() && f.numbers().contains(p.number()));
        }
    }

    @Test
    void nothingElseIsHigh() {
        List<Finding> high = new ArrayList<>(findings.stream().filter(f -> f.severity() == Severity.HIGH).toList());
        for (Planted p : PLANTED) {
            high.stream().filter(f -> f.kind() == p.kind() && f.numbers().contains(p.number())).findFirst().ifPresent(high::remove);
        }
        assertThat(high).isEmpty();
    }

    @Test
    void aDocumentNumberInTheWrongFormIsAMediumFinding() {
        assertThat(findings).anyMatch(f -> f.severity() == Severity.MEDIUM && f.kind() == Kind.FORMAT
                && f.numbers().contains("71-NQ/CP") && "71/NQ-CP".equals(f.expected()));
    }

    @Test
    void aMismatchNamesTheFigureAndItsRecordsAndMarksTheNumber() {
        Finding pending = findings.stream().filter(f -> f.numbers().contains("160")).findFirst().orElseThrow();
        assertThat(pending.figureCode()).isEqualTo("dossier.pending");
        assertThat(pending.expected()).isEqualTo("114");
        assertThat(pending.link()).isNotNull();
        assertThat(pending.markedQuote()).isEqualTo("Đến ngày 20/11/2026, còn «160» hồ sơ đang giải quyết.");
        assertThat(pending.location().heading()).isEqualTo("II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
    }
}
