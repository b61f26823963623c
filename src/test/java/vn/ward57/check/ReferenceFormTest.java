package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.check.Finding.Kind;
import vn.ward57.check.Finding.Severity;

/** An appendix named without a number but absent; a document number set apart from its type code by a space. */
class ReferenceFormTest {

    private static List<Finding> formats(String text) {
        return TextChecker.check(CheckedText.ofPlainText(text), KnownFigures.none()).stream()
                .filter(f -> f.kind() == Kind.FORMAT).toList();
    }

    @Test
    void anUnnumberedAppendixThatIsNotThereIsNoted() {
        assertThat(formats("Kinh phí chi tiết từng hạng mục (xem phụ lục đính kèm)."))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.LOW);
                    assertThat(f.markedQuote()).contains("«phụ lục»");
                });
    }

    @Test
    void anUnnumberedAppendixThatIsThereIsNoFinding() {
        assertThat(formats("""
                Kinh phí chi tiết từng hạng mục (xem phụ lục đính kèm).

                PHỤ LỤC
                BẢNG KINH PHÍ NĂM 2027
                """)).isEmpty();
    }

    @Test
    void anAppendixTitledInsideItsTableIsThere() {
        assertThat(formats("Kinh phí chi tiết từng hạng mục (có phụ lục kèm theo).\n"
                + "PHỤ LỤC KINH PHÍ\t\nHạng mục\tSố tiền\nMua máy tính\t120 triệu đồng\n")).isEmpty();
    }

    @Test
    void aNumberedAppendixIsJudgedOnlyByItsNumber() {
        assertThat(formats("Danh mục văn bản đã ban hành (Phụ lục II kèm theo)."))
                .singleElement().satisfies(f -> assertThat(f.numbers()).containsExactly("II"));
    }

    @Test
    void aPartyNumberWithASpaceForItsHyphen() {
        assertThat(formats("Thực hiện Thông báo số 15 TB/ĐU ngày 03/3/2026 của Đảng ủy phường."))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(f.expected()).isEqualTo("15-TB/ĐU");
                });
    }

    @Test
    void wellFormedNumbersAndRatiosAreNoFinding() {
        assertThat(formats("Thực hiện Thông báo số 15-TB/ĐU ngày 03/3/2026 và Quyết định số 120/QĐ-UBND; "
                + "mỗi tổ dân phố bố trí 2 CB/TDP trực hỗ trợ.")).isEmpty();
    }
}
