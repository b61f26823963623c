package vn.ward57.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The officer's narrative (the editor's HTML) as Word paragraphs: p → paragraph, strong/b → bold,
 * em/i → italic, ul/ol/li → paragraphs prefixed "- " or "1.", br → line break. Other tags lose their
 * markup but keep their text, so nothing the officer wrote disappears.
 */
final class NarrativeHtml {

    /** A piece of text with its emphasis; a null text is a line break. */
    record Span(String text, boolean bold, boolean italic) {
        boolean isBreak() {
            return text == null;
        }
    }

    /** One paragraph: the list prefix ("- ", "2. ") or "" and its spans. */
    record Para(String prefix, List<Span> spans) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "pre", "section", "article", "table", "tr", "dl", "dt", "dd", "hr");

    private final List<Para> out = new ArrayList<>();
    private List<Span> current;
    private String prefix = "";

    private NarrativeHtml() {
    }

    static List<Para> paragraphs(String html) {
        NarrativeHtml reader = new NarrativeHtml();
        if (html != null && !html.isBlank()) {
            reader.children(Jsoup.parseBodyFragment(html).body(), false, false);
            reader.flush();
        }
        return reader.out;
    }

    private void children(Element e, boolean bold, boolean italic) {
        for (Node child : e.childNodes()) {
            node(child, bold, italic);
        }
    }

    private void node(Node node, boolean bold, boolean italic) {
        if (node instanceof TextNode text) {
            String t = text.getWholeText().replaceAll("\\s+", " ");
            if (current == null && t.isBlank()) {
                return;
            }
            span(new Span(t, bold, italic));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        switch (tag) {
            case "br" -> span(new Span(null, bold, italic));
            case "strong", "b" -> children(e, true, italic);
            case "em", "i" -> children(e, bold, true);
            case "ul", "ol" -> list(e, "ol".equals(tag), bold, italic);
            case "li" -> item("- ", e, bold, italic);
            default -> {
                if (BLOCKS.contains(tag)) {
                    flush();
                    children(e, bold, italic);
                    flush();
                } else {
                    children(e, bold, italic);
                }
            }
        }
    }

    private void list(Element list, boolean numbered, boolean bold, boolean italic) {
        flush();
        int n = 0;
        for (Node child : list.childNodes()) {
            if (child instanceof Element li && "li".equals(li.normalName())) {
                n++;
                item(numbered ? n + ". " : "- ", li, bold, italic);
            } else {
                node(child, bold, italic);
                flush();
            }
        }
    }

    private void item(String itemPrefix, Element li, boolean bold, boolean italic) {
        flush();
        prefix = itemPrefix;
        current = new ArrayList<>();
        children(li, bold, italic);
        flush();
        prefix = "";
    }

    private void span(Span s) {
        if (current == null) {
            current = new ArrayList<>();
        }
        current.add(s);
    }

    /**
     * Ends the paragraph under way, trimming the spaces at its edges. An empty one is dropped and
     * keeps the list prefix for what follows ({@code <li><p>…</p></li>}).
     */
    private void flush() {
        List<Span> spans = current == null ? List.of() : trim(current);
        current = null;
        if (!spans.isEmpty()) {
            out.add(new Para(prefix, spans));
            prefix = "";
        }
    }

    private static List<Span> trim(List<Span> spans) {
        List<Span> result = new ArrayList<>(spans);
        while (!result.isEmpty() && (result.getFirst().isBreak() || result.getFirst().text().isBlank())) {
            result.removeFirst();
        }
        while (!result.isEmpty() && (result.getLast().isBreak() || result.getLast().text().isBlank())) {
            result.removeLast();
        }
        if (!result.isEmpty()) {
            Span first = result.getFirst();
            result.set(0, new Span(first.text().stripLeading(), first.bold(), first.italic()));
            Span last = result.getLast();
            result.set(result.size() - 1, new Span(last.text().stripTrailing(), last.bold(), last.italic()));
        }
        return result;
    }
}
