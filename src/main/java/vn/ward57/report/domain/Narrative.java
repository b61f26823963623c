package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The officer's text of a section: HTML from the editor, kept to paragraphs, bold, italic and lists.
 * A live field is {@code <span data-field="dossier.onlineRate">81,60%</span>}; its text is replaced by the
 * figure's when the report is put together, so the text never states a stale figure.
 */
final class Narrative {

    static final int MAX_LENGTH = 200_000;

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "span")
            .addAttributes("span", "data-field");

    private Narrative() {
    }

    /** What may be stored: anything else (scripts, styles, links, other attributes) is dropped, its text kept. */
    static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, out).strip();
    }

    /** The text with each live field showing its figure's text; an unknown field is left as written. */
    static String withFigures(String html, Map<String, ReportContent.Figure> figures) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element field : doc.select("span[data-field]")) {
            ReportContent.Figure figure = figures.get(field.attr("data-field"));
            if (figure != null) {
                field.text(figure.text());
            }
        }
        return doc.body().html();
    }

    /** The keys of the live fields the text uses, in order. */
    static List<String> fields(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        return Jsoup.parseBodyFragment(html).select("span[data-field]").eachAttr("data-field");
    }

    /** The words of the text without markup (for the appendix notes and the figure check). */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("span[data-field]").remove();
        return doc.body().text();
    }

    /** Plain text with live fields kept as they read. */
    static String text(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parseBodyFragment(html).body().text();
    }
}
