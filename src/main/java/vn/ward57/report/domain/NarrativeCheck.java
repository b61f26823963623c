package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import vn.ward57.report.Report;
import vn.ward57.report.CheckProblem;
import vn.ward57.report.NarrativeFix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import vn.ward57.check.Block;
import vn.ward57.check.CheckedText;
import vn.ward57.check.Finding;
import vn.ward57.check.KnownDocument;
import vn.ward57.check.TextChecker;

/**
 * The officer's text of every section through the figure checker (module check): each paragraph, list item
 * or line is a block under its section's heading, with the live fields showing their figures, so a typed number is
 * compared with the report's figures, with the other numbers of the text, and with the dates of known documents
 * (the national table and the ward's directive register).
 */
final class NarrativeCheck {

    /** Where a checked block stands: its section and its paragraph there. */
    private record Place(String section, int paragraph) {
    }

    private NarrativeCheck() {
    }

    /** @param documents the ward's directive register (number and date), checked besides the national table */
    static List<CheckProblem> check(Report report, ReportContent content, List<KnownDocument> documents) {
        List<Block> blocks = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (ReportContent.Section s : content.sections()) {
            if (s.narrative() == null || s.narrative().isBlank()) {
                continue;
            }
            // the content's narrative already shows each live field's figure
            var paragraphs = NarrativeParagraphs.of(Jsoup.parseBodyFragment(s.narrative()).body(), Map.of());
            for (int i = 0; i < paragraphs.size(); i++) {
                blocks.add(Block.paragraph(blocks.size(), s.heading(), paragraphs.get(i).text()));
                places.add(new Place(s.key(), i));
            }
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        var known = new ReportFigureNames(content.figures(), report.from(), report.to(), documents);
        return TextChecker.check(new CheckedText(blocks), known).stream()
                .map(f -> problem(f, report.isFinal() ? null : fix(f, blocks, places))).toList();
    }

    /** The one-click replacement a finding offers: a typed number the system's figure or date replaces. */
    private static NarrativeFix fix(Finding f, List<Block> blocks, List<Place> places) {
        if (f.replacement() == null) {
            return null;
        }
        Finding.Location at = f.location();
        Place place = places.get(at.block());
        String written = blocks.get(at.block()).text().substring(at.start(), at.end());
        return new NarrativeFix(place.section(), place.paragraph(), at.start(), at.end(), written, f.replacement());
    }

    private static CheckProblem problem(Finding f, NarrativeFix fix) {
        String where = f.location().heading().isBlank() ? "" : "Mục “%s”: ".formatted(f.location().heading());
        String expected = f.expected() == null ? "" : " Số đúng: %s.".formatted(f.expected());
        String hint = f.figureCode() == null ? "" : fix != null
                ? " Bấm “Thay bằng số liệu hệ thống”, hoặc chèn trường số liệu thay cho số gõ tay."
                : " Hãy chèn trường số liệu thay cho số gõ tay.";
        String message = "%s%s%s%s Câu: “%s”.".formatted(where, f.explanation(), expected, hint, f.markedQuote().strip());
        return new CheckProblem("NARRATIVE_" + f.kind().name(), CheckProblem.Severity.valueOf(f.severity().name()),
                message, f.link(), fix);
    }
}
