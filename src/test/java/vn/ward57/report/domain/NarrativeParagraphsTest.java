package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The narrative's paragraphs as the check reads them, and a marked span replaced where it was typed. */
class NarrativeParagraphsTest {

    private static final Map<String, ReportContent.Figure> FIGURES = Map.of("task.assigned",
            new ReportContent.Figure("task.assigned", "Nhiệm vụ được giao", BigDecimal.valueOf(7), "7", null));

    @Test
    void eachBlockLineAndItemIsAParagraphWithItsSpacesCollapsed() {
        var paragraphs = NarrativeParagraphs.of(body("<p>Còn <b>160</b>   hồ sơ</p>bare text<br>after the break"
                + "<ul><li>one <em>item</em></li></ul><div>Giao <span data-field=\"task.assigned\">5</span> việc</div>"), FIGURES);
        assertThat(paragraphs).extracting(NarrativeParagraphs.Paragraph::text).containsExactly("Còn 160 hồ sơ",
                "bare text", "after the break", "one item", "Giao 7 việc");
    }

    @Test
    void onlyTheMarkedOccurrenceIsReplaced() {
        Document doc = doc("<p>Năm trước 160 hồ sơ, năm nay <strong>160</strong> hồ sơ.</p><p>160</p>");
        var p = NarrativeParagraphs.of(doc.body(), Map.of()).getFirst();
        int at = p.text().lastIndexOf("160");
        assertThat(NarrativeParagraphs.replace(p, at, at + 3, "114")).isTrue();
        assertThat(doc.body().html()).isEqualTo("<p>Năm trước 160 hồ sơ, năm nay <strong>114</strong> hồ sơ.</p><p>160</p>");
    }

    @Test
    void theTypedSpacingAroundTheNumberIsKept() {
        Document doc = doc("<p>Còn   160&nbsp;hồ sơ\n đang giải quyết</p>");
        var p = NarrativeParagraphs.of(doc.body(), Map.of()).getFirst();
        assertThat(p.text()).isEqualTo("Còn 160 hồ sơ đang giải quyết");
        assertThat(NarrativeParagraphs.replace(p, 4, 7, "114")).isTrue();
        assertThat(doc.body().html()).isEqualTo("<p>Còn   114&nbsp;hồ sơ\n đang giải quyết</p>");
    }

    @Test
    void aNumberSplitAcrossTagsIsReplacedWhole() {
        Document doc = doc("<p>Có 12.<b>456</b> hồ sơ</p>");
        var p = NarrativeParagraphs.of(doc.body(), Map.of()).getFirst();
        assertThat(NarrativeParagraphs.replace(p, 3, 9, "12.500")).isTrue();
        assertThat(Jsoup.parseBodyFragment(doc.body().html()).body().text()).isEqualTo("Có 12.500 hồ sơ");
    }

    @Test
    void aLiveFieldIsNotTheOfficersTypingAndIsLeftAlone() {
        Document doc = doc("<p>Giao <span data-field=\"task.assigned\">5</span> việc</p>");
        var p = NarrativeParagraphs.of(doc.body(), FIGURES).getFirst();
        assertThat(NarrativeParagraphs.replace(p, 5, 6, "9")).isFalse();
        assertThat(doc.body().html()).isEqualTo("<p>Giao <span data-field=\"task.assigned\">5</span> việc</p>");
        assertThat(List.of(p.text())).containsExactly("Giao 7 việc");
    }

    private static org.jsoup.nodes.Element body(String html) {
        return doc(html).body();
    }

    private static Document doc(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc;
    }
}
