package vn.ward57.report;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.ward57.check.Block;
import vn.ward57.check.CheckedText;
import vn.ward57.check.Finding;
import vn.ward57.check.TextChecker;

/**
 * The officer's text of every section through the figure checker (module check): each paragraph, list item
 * or line is a block under its section's heading, with the live fields showing their figures, so a typed number is
 * compared with the report's figures, with the other numbers of the text, and with the dates of known documents.
 */
final class NarrativeCheck {

    private NarrativeCheck() {
    }

    static List<CheckProblem> check(Report report, ReportContent content) {
        List<Block> blocks = new ArrayList<>();
        for (ReportContent.Section s : content.sections()) {
            if (s.narrative() == null || s.narrative().isBlank()) {
                continue;
            }
            paragraphs(Jsoup.parseBodyFragment(s.narrative()).body(), s.heading(), blocks);
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        var known = new ReportFigureNames(content.figures(), report.from(), report.to());
        return TextChecker.check(new CheckedText(blocks), known).stream().map(NarrativeCheck::problem).toList();
    }

    /**
     * Each block element without blocks inside, and each run of text between blocks or line breaks, is a
     * paragraph: an editor writes "<p>", "<div>", "<li>" or bare text with "<br>" depending on how it was typed.
     */
    private static void paragraphs(Element parent, String heading, List<Block> blocks) {
        StringBuilder run = new StringBuilder();
        for (Node n : parent.childNodes()) {
            if (n instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                add(run, heading, blocks);
                if (!e.normalName().equals("br")) {
                    paragraphs(e, heading, blocks);
                }
            } else if (n instanceof Element e) {
                run.append(e.text());
            } else if (n instanceof TextNode t) {
                run.append(t.text());
            }
        }
        add(run, heading, blocks);
    }

    private static void add(StringBuilder run, String heading, List<Block> blocks) {
        String text = run.toString().strip();
        if (!text.isEmpty()) {
            blocks.add(Block.paragraph(blocks.size(), heading, text));
        }
        run.setLength(0);
    }

    private static CheckProblem problem(Finding f) {
        String where = f.location().heading().isBlank() ? "" : "Mục “%s”: ".formatted(f.location().heading());
        String expected = f.expected() == null ? "" : " Số đúng: %s.".formatted(f.expected());
        String fix = f.figureCode() == null ? "" : " Hãy chèn trường số liệu thay cho số gõ tay.";
        String message = "%s%s%s%s Câu: “%s”.".formatted(where, f.explanation(), expected, fix, f.markedQuote().strip());
        return new CheckProblem("NARRATIVE_" + f.kind().name(), CheckProblem.Severity.valueOf(f.severity().name()),
                message, f.link());
    }

}
