package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consistent report of five pages and more (CleanReport), full of numbers that are no errors: read from Word and
 * from PDF, it raises no HIGH finding. Every lesser finding is printed for a reader to judge.
 */
class CleanReportTest {

    private static final WrittenReport REPORT = WrittenReport.of(CleanReport.TEXT);

    @Test
    void isAReportOfFivePagesAndMore() throws IOException {
        System.out.printf("%nBáo cáo sạch: %d từ, %d trang PDF khổ A4%n", REPORT.words(), WrittenReport.pages(REPORT.pdf()));
        assertThat(REPORT.words()).isGreaterThanOrEqualTo(2_500);
        assertThat(WrittenReport.pages(REPORT.pdf())).isGreaterThanOrEqualTo(5);
    }

    @Test
    void asWordItRaisesNoHighFinding() throws IOException {
        CheckedText text = REPORT.readAsWord();
        assertThat(text.blocks()).anyMatch(b -> b.isTable() && "III".equals(b.appendix()));
        assertNoHigh("DOCX", TextChecker.check(text, KnownFigures.none()));
    }

    @Test
    void asPdfItRaisesNoHighFinding() throws IOException {
        CheckedText text = REPORT.readAsPdf();
        // the appendix tables, printed as rows of cells apart, are read back as tables of their appendix
        assertThat(text.blocks()).anyMatch(b -> b.isTable() && "I".equals(b.appendix()) && b.rows().size() == 9);
        assertNoHigh("PDF", TextChecker.check(text, KnownFigures.none()));
    }

    private static void assertNoHigh(String label, List<Finding> findings) {
        System.out.printf("%n=== Báo cáo sạch (%s): %d phát hiện%n", label, findings.size());
        findings.forEach(f -> System.out.println("[" + f.severity() + " " + f.kind() + "] " + f.explanation()
                + "\n    " + f.markedQuote()));
        assertThat(findings).noneMatch(f -> f.severity() == Finding.Severity.HIGH);
    }
}
