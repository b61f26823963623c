package vn.ward57.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** A Word report written here, read back into blocks in the body's order. */
class DocxReaderTest {

    private static CheckedText read(XWPFDocument doc) throws IOException {
        return ReportReader.read("bao-cao.docx", new ByteArrayInputStream(TestDocuments.bytes(doc)));
    }

    @Test
    void paragraphsTablesAndHeadingsInOrderEachWithItsPlace() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Heading1");
        title.createRun().setText("Kết quả chuyển đổi số");
        doc.createParagraph(); // empty: skipped
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setText("Tiếp nhận 120 hồ sơ,");
        run.addBreak();
        run.setText("trong đó");
        run.addTab();
        run.setText("100 trực tuyến.");
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText("Số liệu của Trung tâm 999 hồ sơ.");
        p.createRun().getCTR().addNewFootnoteReference().setId(note.getId());
        doc.createParagraph().createRun().setText("II. VỀ HẠ TẦNG SỐ");
        XWPFTable table = TestDocuments.table(doc, List.of(List.of("Chỉ tiêu", "Số"), List.of("Camera", "49")));
        TestDocuments.table(doc, List.of(List.of("Trong ô")));
        XWPFTableCell cell = table.getRow(1).getCell(1); // a table nested in a cell: its text joins the cell's
        cell.insertNewTbl(cell.addParagraph().getCTP().newCursor()).insertNewTableRow(0).createCell().setText("(TDP)");
        XWPFParagraph numbered = doc.createParagraph();
        numbered.setNumID(BigInteger.ONE); // Word writes "1." itself: the text has no number, the paragraph stays
        numbered.createRun().setText("Triển khai Camera an ninh.");
        doc.createParagraph().createRun().setText("Phụ lục II");
        TestDocuments.table(doc, List.of(List.of("Hồ sơ trực tiếp", "0")));

        List<Block> blocks = read(doc).blocks();

        assertThat(blocks).extracting(Block::text).containsExactly("Kết quả chuyển đổi số",
                "Tiếp nhận 120 hồ sơ, trong đó 100 trực tuyến.", "II. VỀ HẠ TẦNG SỐ",
                "Chỉ tiêu ; Số | Camera ; 49 (TDP)", "Trong ô", "Triển khai Camera an ninh.", "Phụ lục II",
                "Hồ sơ trực tiếp ; 0");
        assertThat(blocks).extracting(Block::heading).containsExactly("Kết quả chuyển đổi số", "Kết quả chuyển đổi số",
                "II. VỀ HẠ TẦNG SỐ", "II. VỀ HẠ TẦNG SỐ", "II. VỀ HẠ TẦNG SỐ", "II. VỀ HẠ TẦNG SỐ", "Phụ lục II",
                "Phụ lục II");
        assertThat(blocks).extracting(b -> b.place().text()).containsExactly("đoạn 1", "đoạn 2", "đoạn 3", "bảng 1",
                "bảng 2", "đoạn 4", "đoạn 5", "bảng 3");
        assertThat(blocks).extracting(Block::appendix).containsExactly(null, null, null, null, null, null, null, "II");
        assertThat(blocks.get(3).rows()).containsExactly(List.of("Chỉ tiêu", "Số"), List.of("Camera", "49 (TDP)"));
    }

    @Test
    void aTemplateStyleBasedOnAHeadingHeadsWhatFollows() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId("TieuDeMuc");
        ct.addNewName().setVal("Tiêu đề mục");
        ct.addNewBasedOn().setVal("Heading2");
        doc.createStyles().addStyle(new XWPFStyle(ct));
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("TieuDeMuc");
        title.createRun().setText("Hạ tầng số");
        doc.createParagraph().createRun().setText("Lắp 49 camera.");

        assertThat(read(doc).blocks()).extracting(Block::heading).containsExactly("Hạ tầng số", "Hạ tầng số");
    }
}
