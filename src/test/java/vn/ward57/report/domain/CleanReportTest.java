package vn.ward57.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.check.CheckedText;
import vn.ward57.check.Finding;
import vn.ward57.check.TextChecker;

/**
 * A clean report of about four pages (check/clean-report.txt, over 2.000 words) written from the demo ward's
 * figures, with targets, list numbers, document numbers, years, months, dates, ages, a phone line and money in
 * several forms: no HIGH finding at all.
 */
class CleanReportTest {

    @Test
    void aCleanReportRaisesNoHighFinding() throws IOException {
        String text;
        try (InputStream in = CleanReportTest.class.getResourceAsStream("/check/clean-report.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(text.split("\\s+").length).isGreaterThan(1500);
        List<Finding> findings = TextChecker.check(CheckedText.ofPlainText(text), DemoWardFigures.known());
        findings.forEach(f -> System.out.println("[" + f.severity() + " " + f.kind() + "] " + f.explanation()
                + "\n    " + f.markedQuote()));
        assertThat(findings).noneMatch(f -> f.severity() == Finding.Severity.HIGH);
    }
}
