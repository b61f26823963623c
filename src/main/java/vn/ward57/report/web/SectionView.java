package vn.ward57.report.web;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import vn.ward57.report.ReportContent;
import vn.ward57.report.domain.ReportService;

/**
 * A section as the report page shows it: from the editable outline while DRAFT, from the frozen snapshot
 * once FINAL (so the page shows what was sent).
 *
 * @param html     the officer's text; null where the section has none to write
 * @param editable whether the editor is offered
 */
public record SectionView(String key, int level, String heading, List<String> generated, String html,
                          boolean editable) {

    static SectionView of(ReportService.EditableSection s, boolean editable) {
        return new SectionView(s.key(), s.level(), s.heading(), s.generated(), s.html(), editable && s.html() != null);
    }

    /** The tags the editor makes; what the service stores is cleaned the same way. */
    private static final Safelist EDITOR = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "span")
            .addAttributes("span", "data-field", "contenteditable");

    /**
     * A text that was posted but not saved goes back into the editor: cleaned first, since the page writes
     * it as HTML.
     */
    static SectionView unsaved(ReportService.EditableSection s, String html) {
        String clean = html == null ? "" : Jsoup.clean(html, "", EDITOR, new Document.OutputSettings().prettyPrint(false));
        return new SectionView(s.key(), s.level(), s.heading(), s.generated(), clean, true);
    }

    static SectionView of(ReportContent.Section s) {
        return new SectionView(s.key(), s.level(), s.heading(), s.generated(),
                s.narrative() == null || s.narrative().isBlank() ? null : s.narrative(), false);
    }
}
