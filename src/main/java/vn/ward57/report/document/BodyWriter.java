package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The body of the report between the title and the closing: the opening paragraphs, then each section's
 * heading, its generated lines, its narrative and its reference to an appendix.
 */
final class BodyWriter {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private BodyWriter() {
    }

    static void write(ReportContent content, Insertion at) {
        for (String line : nonNull(content.header().opening())) {
            plain(line, false, at);
        }
        for (ReportContent.Section section : nonNull(content.sections())) {
            heading(section, at);
            for (String line : nonNull(section.generated())) {
                plain(line, false, at);
            }
            narrative(section.narrative(), at);
            if (section.appendixRef() != null && !section.appendixRef().isBlank()) {
                plain(section.appendixRef(), true, at);
            }
        }
    }

    /** A body paragraph of plain text; "\n" breaks the line. */
    static void plain(String text, boolean italic, Insertion at) {
        List<NarrativeHtml.Span> spans = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                spans.add(new NarrativeHtml.Span(null, false, italic));
            }
            spans.add(new NarrativeHtml.Span(lines[i], false, italic));
        }
        justified(spans, at);
    }

    /**
     * A justified body paragraph. A line break inside one would stretch the line before it across the
     * page (Word and LibreOffice both justify it), so each line is a paragraph of its own, set to look
     * like one: the indent on the first line only, the space after on the last only.
     */
    private static void justified(List<NarrativeHtml.Span> spans, Insertion at) {
        List<List<NarrativeHtml.Span>> lines = new ArrayList<>();
        lines.add(new ArrayList<>());
        for (NarrativeHtml.Span span : spans) {
            if (span.isBreak()) {
                lines.add(new ArrayList<>());
            } else {
                lines.getLast().add(span);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = WordParts.body(at.paragraph());
            if (i > 0) {
                p.setIndentationFirstLine(0);
            }
            if (i < lines.size() - 1) {
                p.setSpacingAfter(0);
            }
            for (NarrativeHtml.Span span : lines.get(i)) {
                WordParts.run(p, span.text(), WordParts.BODY_SIZE, span.bold(), span.italic());
            }
        }
    }

    /** Phần: bold, centred, uppercase; level 2 and 3 bold; level 4 bold italic — all kept with what follows. */
    private static void heading(ReportContent.Section section, Insertion at) {
        if (section.heading() == null || section.heading().isBlank()) {
            return;
        }
        XWPFParagraph p = at.paragraph();
        if (section.level() <= 1) {
            WordParts.centred(p, WordParts.AFTER);
            p.setSpacingBefore(WordParts.AFTER);
            WordParts.run(p, section.heading().toUpperCase(VI), WordParts.BODY_SIZE, true, false);
        } else {
            WordParts.body(p);
            WordParts.run(p, section.heading(), WordParts.BODY_SIZE, true, section.level() >= 4);
        }
        p.setKeepNext(true);
    }

    static void narrative(String html, Insertion at) {
        for (NarrativeHtml.Para para : NarrativeHtml.paragraphs(html)) {
            List<NarrativeHtml.Span> spans = new ArrayList<>();
            if (!para.prefix().isEmpty()) {
                spans.add(new NarrativeHtml.Span(para.prefix(), false, false));
            }
            spans.addAll(para.spans());
            justified(spans, at);
        }
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
