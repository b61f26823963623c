package vn.ward57.reportcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.check.Block;
import vn.ward57.reportcheck.CheckedBlock;

/** Each finding's span marked where it stands: in a paragraph, and in the cell of a table it falls in. */
class HighlightedTextTest {

    @Test
    void aParagraphIsCutAtEachMarkAndTheMarkLeadsToItsFinding() {
        var block = new CheckedBlock("I. KẾT QUẢ", "Tiếp nhận 120 hồ sơ (70 trực tuyến)", "dòng 7", List.of());
        var text = HighlightedText.of(List.of(block), List.of(new HighlightedText.Mark(0, 10, 13, 2, "HIGH"),
                new HighlightedText.Mark(0, 21, 23, 3, "LOW")));
        var part = text.parts().getFirst();
        assertThat(part.heading()).isEqualTo("I. KẾT QUẢ");
        assertThat(part.pieces()).extracting(HighlightedText.Piece::text)
                .containsExactly("Tiếp nhận ", "120", " hồ sơ (", "70", " trực tuyến)");
        assertThat(part.pieces().get(1).anchor()).isEqualTo("mark-2");
        assertThat(part.pieces().get(1).severity()).isEqualTo("HIGH");
        assertThat(part.pieces().get(3).findings()).containsExactly(3);
        assertThat(part.pieces().getFirst().marked()).isFalse();
    }

    @Test
    void aTablesMarkFallsInItsCellAndAHeadingLineIsShownOnce() {
        Block table = Block.table(1, "Phụ lục I", List.of(List.of("Chỉ tiêu", "Số"), List.of("Trực tuyến", "4838")), "I");
        var heading = new CheckedBlock("Phụ lục I", "Phụ lục I", "dòng 1", List.of());
        var cells = new CheckedBlock(table.heading(), table.text(), "bảng 1", table.rows());
        int at = table.text().indexOf("4838");
        var text = HighlightedText.of(List.of(heading, cells), List.of(new HighlightedText.Mark(1, at, at + 4, 1, "HIGH")));
        assertThat(text.parts().getFirst().headingLine()).isTrue();
        assertThat(text.parts().getFirst().heading()).isNull();
        assertThat(text.parts().get(1).heading()).isNull();
        var rows = text.parts().get(1).rows();
        assertThat(rows.get(1).get(1)).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("4838");
            assertThat(p.marked()).isTrue();
        });
        assertThat(rows.get(1).get(0)).singleElement().satisfies(p -> assertThat(p.marked()).isFalse());
    }
}
