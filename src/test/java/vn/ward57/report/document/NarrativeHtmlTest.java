package vn.ward57.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The editor's HTML as paragraphs: emphasis, lists, breaks, and the text of any other tag kept. */
class NarrativeHtmlTest {

    @Test
    void paragraphsListsAndEmphasis() {
        List<NarrativeHtml.Para> paras = NarrativeHtml.paragraphs(
                "<p>Một <b>đậm <i>cả hai</i></b> thường</p>\n  <ol><li><p>Bước một</p></li><li>Bước hai"
                        + "<ul><li>con</li></ul></li></ol>chữ rời<div>khối <a href=\"x\">liên kết</a></div><p> </p>");
        assertThat(paras).extracting(NarrativeHtmlTest::shown).containsExactly(
                "Một [đậm ][*cả hai*] thường", "1. Bước một", "2. Bước hai", "- con", "chữ rời", "khối liên kết");
    }

    @Test
    void breaksStayInsideTheirParagraphAndEdgesAreTrimmed() {
        List<NarrativeHtml.Para> paras = NarrativeHtml.paragraphs("<p><br> Dòng một<br>Dòng hai <br></p>");
        assertThat(paras).hasSize(1);
        assertThat(shown(paras.getFirst())).isEqualTo("Dòng một|Dòng hai");
    }

    @Test
    void nothingGivesNoParagraph() {
        assertThat(NarrativeHtml.paragraphs(null)).isEmpty();
        assertThat(NarrativeHtml.paragraphs("  <p></p><ul></ul>")).isEmpty();
    }

    /** [bold], *italic*, | a break. */
    private static String shown(NarrativeHtml.Para para) {
        return para.prefix() + para.spans().stream().map(s -> {
            if (s.isBreak()) {
                return "|";
            }
            String t = s.italic() ? "*" + s.text() + "*" : s.text();
            return s.bold() ? "[" + t + "]" : t;
        }).collect(Collectors.joining());
    }
}
