package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.PlantedReports.Planted;

/**
 * Reports written here with errors planted in them (PlantedReports): a Word file with headings, tables and
 * appendices, and a PDF of several pages. Each planted error must be found with its kind, in its sentence, naming
 * its number; a table of planted against found is printed, and so is every finding that was not planted.
 */
class PlantedErrorsTest {

    @Test
    void everyErrorPlantedInTheWordReportIsFound() throws IOException {
        WrittenReport report = WrittenReport.of(PlantedReports.WORD);
        CheckedText text = report.readAsWord();
        assertThat(text.blocks().stream().anyMatch(b -> b.isTable() && "I".equals(b.appendix()))).as("bảng của Phụ lục I").isTrue();
        assertAllFound("DOCX", text, PlantedReports.IN_WORD);
    }

    @Test
    void everyErrorPlantedInThePdfReportIsFound() throws IOException {
        WrittenReport report = WrittenReport.of(PlantedReports.PDF);
        assertThat(WrittenReport.pages(report.pdf())).isGreaterThanOrEqualTo(3);
        CheckedText text = report.readAsPdf();
        assertAllFound("PDF", text, PlantedReports.IN_PDF);
    }

    @Test
    void theErrorsCoverEveryKindTheIssueNamesAndAreAtLeastTwentyFive() {
        List<Planted> all = new ArrayList<>(PlantedReports.IN_WORD);
        all.addAll(PlantedReports.IN_PDF);
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        all.forEach(p -> kinds.add(p.kind()));
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        // SYSTEM_MISMATCH needs the ward's own figures: not a kind of a text checked alone
        assertThat(kinds).containsAll(EnumSet.complementOf(EnumSet.of(Kind.SYSTEM_MISMATCH)));
    }

    private static void assertAllFound(String label, CheckedText text, List<Planted> planted) {
        List<Finding> findings = TextChecker.check(text, KnownFigures.none());
        List<Planted> missed = new ArrayList<>();
        List<Finding> matched = new ArrayList<>();
        System.out.printf("%n=== %s: %d lỗi cài, %d phát hiện%n", label, planted.size(), findings.size());
        System.out.printf("%-16s %-30s %-8s %s%n", "loại", "số", "thấy", "phát hiện");
        for (Planted p : planted) {
            Finding found = findings.stream().filter(f -> matches(f, p)).findFirst().orElse(null);
            if (found == null) {
                missed.add(p);
            } else {
                matched.add(found);
            }
            System.out.printf("%-16s %-30s %-8s %s%n", p.kind(), p.number(), found == null ? "THIẾU" : found.severity(),
                    found == null ? p.fragment() : found.explanation());
        }
        System.out.println("--- phát hiện không thuộc lỗi cài:");
        findings.stream().filter(f -> !matched.contains(f)).forEach(f -> System.out.println("[" + f.severity() + " "
                + f.kind() + "] " + f.explanation() + "\n    " + f.markedQuote()));
        assertThat(missed).as("lỗi cài không được phát hiện").isEmpty();
    }

    /** The kind, the number among the finding's numbers or marked, and the sentence holding the fragment. */
    static boolean matches(Finding f, Planted p) {
        String quote = f.quote().replaceAll("\\s+", " ");
        String marked = f.markedQuote().replaceAll("\\s+", " ");
        return f.kind() == p.kind() && quote.contains(p.fragment())
                && (f.numbers().contains(p.number()) || marked.contains("«" + p.number() + "»"));
    }
}
