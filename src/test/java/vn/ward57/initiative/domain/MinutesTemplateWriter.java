package vn.ward57.initiative.domain;

import java.io.FileOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the poi-tl template of the council's minutes (Decree 30/2020/NĐ-CP layout: A4, margins
 * 2/2/3/1.5 cm, Times New Roman 13-14, the two-column heading, title, body, signature block).
 * Run once after changing it, and commit the .docx:
 * {@code ./mvnw -o dependency:build-classpath -Dmdep.outputFile=cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) vn.ward57.initiative.domain.MinutesTemplateWriter} (JDK 21+).
 */
public final class MinutesTemplateWriter {

    private static final String FONT = "Times New Roman";

    public static void main(String[] args) throws IOException {
        String path = args.length > 0 ? args[0] : "src/main/resources/" + Minutes.TEMPLATE;
        try (XWPFDocument doc = new XWPFDocument(); FileOutputStream out = new FileOutputStream(path)) {
            page(doc);
            heading(doc);
            para(doc, ParagraphAlignment.CENTER, 14, true, false, "BIÊN BẢN HỌP HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN NĂM {{year}}");
            para(doc, ParagraphAlignment.CENTER, 14, false, true, "{{callTitle}}");
            para(doc, ParagraphAlignment.BOTH, 14, true, false, "I. THÀNH PHẦN HỘI ĐỒNG");
            para(doc, ParagraphAlignment.BOTH, 14, false, false, "{{members}}");
            para(doc, ParagraphAlignment.BOTH, 14, true, false, "II. KÊ KHAI XUNG ĐỘT LỢI ÍCH");
            para(doc, ParagraphAlignment.BOTH, 14, false, false, "{{conflicts}}");
            para(doc, ParagraphAlignment.BOTH, 14, true, false, "III. KẾT QUẢ XÉT DUYỆT");
            para(doc, ParagraphAlignment.BOTH, 14, false, false, "{{summary}}");
            results(doc);
            para(doc, ParagraphAlignment.BOTH, 14, false, true, "{{signState}}");
            signature(doc);
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1701));
        mar.setRight(BigInteger.valueOf(850));
    }

    private static void heading(XWPFDocument doc) {
        XWPFTable table = doc.createTable(1, 2);
        borderless(table);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        left.setWidth("38%");
        right.setWidth("62%");
        cellText(left, 13, false, false, "{{wardUpper}}", true);
        cellText(left, 13, true, false, "HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN", false);
        cellText(right, 13, true, false, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true);
        cellText(right, 14, true, false, "Độc lập - Tự do - Hạnh phúc", false);
        cellText(right, 14, false, true, "{{placeDate}}", false);
    }

    private static void results(XWPFDocument doc) {
        String[] headers = {"{{results}}Xếp hạng", "Tên sáng kiến", "Tác giả", "Đơn vị", "Điểm", "Mức công nhận"};
        String[] cells = {"[rank]", "[title]", "[authors]", "[unit]", "[result]", "[award]"};
        XWPFTable table = doc.createTable(2, headers.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth("100%");
        for (int c = 0; c < headers.length; c++) {
            cellText(table.getRow(0).getCell(c), 13, true, false, headers[c], true);
            cellText(table.getRow(1).getCell(c), 13, false, false, cells[c], true);
        }
    }

    private static void signature(XWPFDocument doc) {
        XWPFTable table = doc.createTable(1, 2);
        borderless(table);
        XWPFTableCell right = table.getRow(0).getCell(1);
        table.getRow(0).getCell(0).setWidth("45%");
        right.setWidth("55%");
        cellText(right, 14, true, false, "CHỦ TỊCH HỘI ĐỒNG", true);
        cellText(right, 14, false, true, "(Ký, ghi rõ họ tên)", false);
        cellText(right, 14, false, false, "", false);
        cellText(right, 14, false, false, "", false);
        cellText(right, 14, true, false, "{{chairName}}", false);
    }

    private static void borderless(XWPFTable table) {
        table.setWidth("100%");
        table.removeBorders();
    }

    private static void cellText(XWPFTableCell cell, int size, boolean bold, boolean italic, String text, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, size, bold, italic, text);
    }

    private static void para(XWPFDocument doc, ParagraphAlignment align, int size, boolean bold, boolean italic,
                             String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBefore(120);
        run(p, size, bold, italic, text);
    }

    private static void run(XWPFParagraph p, int size, boolean bold, boolean italic, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
    }
}
