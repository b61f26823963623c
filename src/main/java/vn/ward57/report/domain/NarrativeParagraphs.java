package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A section's narrative as the figure check reads it: each block element without blocks inside, and each run
 * of text between blocks or line breaks, is a paragraph (an editor writes "<p>", "<div>", "<li>" or bare text
 * with "<br>" depending on how it was typed), its white space collapsed. Every character remembers the text
 * node and place it came from, so a number the check marks can be replaced where it was typed and nowhere else.
 */
final class NarrativeParagraphs {

    /**
     * @param text  the paragraph's words as the check reads them
     * @param nodes for each character, the text node it was typed in; null for a live field's figure
     * @param at    for each character, its index in that node's text
     */
    record Paragraph(String text, List<TextNode> nodes, int[] at) {
    }

    private final Map<String, ReportContent.Figure> figures;
    private final List<Paragraph> out = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private final List<TextNode> nodes = new ArrayList<>();
    private final List<Integer> at = new ArrayList<>();

    private NarrativeParagraphs(Map<String, ReportContent.Figure> figures) {
        this.figures = figures;
    }

    /**
     * @param figures the report's figures: a live field reads as its figure's text, as the document prints it;
     *                empty when the html already shows them
     */
    static List<Paragraph> of(Element body, Map<String, ReportContent.Figure> figures) {
        NarrativeParagraphs reader = new NarrativeParagraphs(figures);
        reader.walk(body);
        reader.end();
        return reader.out;
    }

    private void walk(Element parent) {
        for (Node n : parent.childNodes()) {
            if (n instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                end();
                walk(e);
                end();
            } else if (n instanceof Element e && figures.containsKey(e.attr("data-field"))) {
                append(figures.get(e.attr("data-field")).text(), null);
            } else if (n instanceof Element e) {
                walk(e);
            } else if (n instanceof TextNode t) {
                append(t.getWholeText(), t);
            }
        }
    }

    /** White space (the non-breaking space too) collapses to one space; none opens a paragraph. */
    private void append(String text, TextNode node) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200b' || c == '\u00ad') {
                continue;   // invisible: jsoup's text() drops them too
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0';
            if (space && (run.isEmpty() || run.charAt(run.length() - 1) == ' ')) {
                continue;
            }
            run.append(space ? ' ' : c);
            nodes.add(node);
            at.add(i);
        }
    }

    private void end() {
        int length = run.length();
        while (length > 0 && run.charAt(length - 1) == ' ') {
            length--;
        }
        if (length > 0) {
            // a live field's characters have no node: List.copyOf would refuse the nulls
            out.add(new Paragraph(run.substring(0, length), Collections.unmodifiableList(new ArrayList<>(nodes.subList(0, length))),
                    at.subList(0, length).stream().mapToInt(Integer::intValue).toArray()));
        }
        run.setLength(0);
        nodes.clear();
        at.clear();
    }

    /**
     * Writes {@code replacement} in place of the paragraph's characters [start, end), in the text nodes they were
     * typed in: the first node takes the replacement, the others lose their part. False, with nothing changed,
     * when a character of the span is a live field's figure (the field is not the officer's typing).
     */
    static boolean replace(Paragraph p, int start, int end, String replacement) {
        List<TextNode> touched = new ArrayList<>();
        for (int i = start; i < end; i++) {
            TextNode node = p.nodes().get(i);
            if (node == null) {
                return false;
            }
            if (!touched.contains(node)) {
                touched.add(node);
            }
        }
        for (TextNode node : touched) {
            int from = Integer.MAX_VALUE;
            int to = -1;
            for (int i = start; i < end; i++) {
                if (p.nodes().get(i) == node) {
                    from = Math.min(from, p.at()[i]);
                    to = Math.max(to, p.at()[i]);
                }
            }
            String text = node.getWholeText();
            String middle = node == touched.getFirst() ? replacement : "";
            node.text(text.substring(0, from) + middle + text.substring(to + 1));
        }
        return true;
    }
}
