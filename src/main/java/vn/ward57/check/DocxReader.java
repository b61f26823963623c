package vn.ward57.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.ward57.check.Block.Place;

/**
 * A Word (.docx) report into blocks, in the body's order: each non-empty paragraph a block ("đoạn N"), each table
 * one block of rows ("bảng N") whose cells hold their text (a table nested in a cell read as its text). A
 * paragraph in a heading or title style, or one PlainTextReader's rule takes for a heading, heads what follows;
 * a table after a "Phụ lục N" title belongs to that appendix. Word's own list numbers are not in the text and
 * are not invented; footnotes are left out (they explain, they do not state the report's figures).
 */
final class DocxReader {

    private DocxReader() {
    }

    /** @throws IOException when the bytes are not a Word document POI can open */
    static CheckedText read(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new CheckedText(blocks(doc));
        }
    }

    private static List<Block> blocks(XWPFDocument doc) {
        List<Block> blocks = new ArrayList<>();
        String heading = "";
        String appendix = null;
        int paragraphs = 0;
        int tables = 0;
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String text = text(p);
                if (text.isEmpty()) {
                    continue;
                }
                Place place = new Place(Place.Unit.PARAGRAPH, ++paragraphs);
                if (headingStyle(doc, p) || PlainTextReader.isHeading(text)) {
                    heading = text;
                    appendix = PlainTextReader.appendixOf(text) != null ? PlainTextReader.appendixOf(text) : appendix;
                }
                blocks.add(Block.paragraph(blocks.size(), heading, text, place));
            } else if (element instanceof XWPFTable t) {
                List<List<String>> rows = rows(t);
                if (!rows.isEmpty()) {
                    blocks.add(Block.table(blocks.size(), heading, rows, appendix, new Place(Place.Unit.TABLE, ++tables)));
                }
            } else if (element instanceof XWPFSDT sdt) {
                // a content control around body text (a cover page, a title): read as one paragraph
                String text = clean(sdt.getContent().getText());
                if (!text.isEmpty()) {
                    blocks.add(Block.paragraph(blocks.size(), heading, text, new Place(Place.Unit.PARAGRAPH, ++paragraphs)));
                }
            }
        }
        return blocks;
    }

    /** A table's rows of cell texts; rows with no text left out. */
    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = row.getTableCells().stream().map(DocxReader::cellText).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                parts.add(text(p));
            } else if (element instanceof XWPFTable nested) {
                rows(nested).forEach(r -> parts.add(String.join(" ", r)));
            }
        }
        return clean(String.join(" ", parts));
    }

    /** The paragraph's runs (tabs and line breaks as spaces), without footnote marks. */
    static String text(XWPFParagraph p) {
        StringBuilder out = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                out.append(r.text());
            } else if (run instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            }
        }
        return clean(out.toString().replaceAll("\\[(?:footnoteRef|endnoteRef):?\\d*]", ""));
    }

    private static String clean(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    /**
     * Word's built-in heading and title styles ("heading 1", "Title", by name or id), also through the styles a
     * ward's template bases on them ("Tiêu đề mục" based on "heading 2").
     */
    private static boolean headingStyle(XWPFDocument doc, XWPFParagraph p) {
        String id = p.getStyleID();
        for (int depth = 0; id != null && depth < 8; depth++) {
            XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            String name = style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
            String lowerId = id.toLowerCase(Locale.ROOT);
            if (lowerId.startsWith("heading") || lowerId.equals("title") || name.startsWith("heading") || name.equals("title")) {
                return true;
            }
            id = style == null ? null : style.getBasisStyleID();
        }
        return false;
    }
}
