package vn.ward57.report.document;

import vn.ward57.report.ReportKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes the shipped Word templates of the reports (templates/report/docx/*.docx): the Decree 30 frame
 * with poi-tl text tags, {{body}} and {{appendices}} for the blocks ReportDocument builds, the page number
 * centred at the top from page 2 on. The four kinds share the frame; a province replaces any of them with
 * its own. ReportTemplatesTest fails when the committed files' tags differ from what this writes.
 * Regenerate after a change: {@code ./mvnw -o dependency:build-classpath -Dmdep.outputFile=cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) vn.ward57.report.ReportTemplateWriter} (JDK 21+).
 */
public final class ReportTemplateWriter {

    // wider than the text (9355 twips) and centred on it, as official templates do, so that the national
    // name fits on one line at 13 pt bold
    private static final int LEFT = 3900;
    private static final int RIGHT = 6100;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/templates/report/docx");
        Files.createDirectories(dir);
        for (ReportKind kind : ReportKind.values()) {
            Files.write(dir.resolve(ReportDocument.templateFile(kind)), template(kind));
        }
    }

    static byte[] template(ReportKind kind) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            page(doc);
            frame(doc);
            XWPFParagraph type = WordParts.centred(doc.createParagraph(), 0);
            type.setSpacingBefore(360);
            WordParts.run(type, "{{documentType}}", 14, true, false);
            WordParts.run(WordParts.centred(doc.createParagraph(), 0), "{{title}}", 14, true, false);
            WordParts.rule(doc.createParagraph(), 3200).setSpacingAfter(240);
            WordParts.run(WordParts.body(doc.createParagraph()), "{{body}}", 14, false, false);
            WordParts.run(WordParts.body(doc.createParagraph()), "{{closing}}", 14, false, false);
            signature(doc);
            WordParts.run(doc.createParagraph(), "{{appendices}}", 14, false, false);
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** Times New Roman 14 as the document's default, Vietnamese as its language. */
    private static void styles(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rPr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(WordParts.FONT);
        fonts.setHAnsi(WordParts.FONT);
        fonts.setCs(WordParts.FONT);
        fonts.setEastAsia(WordParts.FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(28));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(28));
        rPr.addNewLang().setVal("vi-VN");
        doc.createStyles().setStyles(styles);
    }

    /** A4 portrait, margins 20/20/30/15 mm; the page number in the header, none on the first page. */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        WordParts.a4(sect, false);
        sect.addNewTitlePg();
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        XWPFHeader numbered = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph p = numbered.getParagraphArray(0) != null ? numbered.getParagraphArray(0)
                : numbered.createParagraph();
        WordParts.centred(p, 0);
        pageField(p);
        XWPFHeader first = policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
    }

    /** The PAGE field as Word writes it: begin, instruction, separate, a shown value, end. */
    private static void pageField(XWPFParagraph p) {
        fieldRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        fieldRun(p).getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        fieldRun(p).setText("2");
        fieldRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun fieldRun(XWPFParagraph p) {
        XWPFRun r = p.createRun();
        r.setFontFamily(WordParts.FONT);
        r.setFontSize(14);
        return r;
    }

    /** The two blocks at the top: issuing body and number on the left, national name, motto and date on the right. */
    private static void frame(XWPFDocument doc) {
        XWPFTable table = borderless(doc, 2, LEFT, RIGHT);
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(left, true, 13, false, false, "{{superiorBody}}");
        line(left, false, 13, true, false, "{{issuingBody}}");
        WordParts.rule(left.addParagraph(), 1200);
        line(right, true, 13, true, false, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        line(right, false, 14, true, false, "Độc lập - Tự do - Hạnh phúc");
        WordParts.rule(right.addParagraph(), 1250);
        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFTableCell date = table.getRow(1).getCell(1);
        line(number, true, 13, false, false, "{{number}}").setSpacingBefore(120);
        line(date, true, 14, false, true, "{{placeDate}}").setSpacingBefore(120);
    }

    /** Nơi nhận on the left (12 bold italic, the list in 11), the signer on the right. */
    private static void signature(XWPFDocument doc) {
        XWPFTable table = borderless(doc, 1, 4300, 5055);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph label = line(left, true, 12, true, true, "Nơi nhận:");
        label.setAlignment(ParagraphAlignment.LEFT);
        label.setSpacingBefore(120);
        line(left, false, 11, false, false, "{{recipients}}").setAlignment(ParagraphAlignment.LEFT);
        line(right, true, 14, true, false, "{{signerMode}}").setSpacingBefore(120);
        line(right, false, 14, true, false, "{{signerTitle}}");
        for (int i = 0; i < 4; i++) {
            line(right, false, 14, false, false, "");
        }
        line(right, false, 14, true, false, "{{signerName}}");
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows, int left, int right) {
        XWPFTable table = doc.createTable(rows, 2);
        // explicit "none" rather than absent borders, so no table style of a word processor adds any
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        table.setTopBorder(none, 0, 0, "auto");
        table.setBottomBorder(none, 0, 0, "auto");
        table.setLeftBorder(none, 0, 0, "auto");
        table.setRightBorder(none, 0, 0, "auto");
        table.setInsideHBorder(none, 0, 0, "auto");
        table.setInsideVBorder(none, 0, 0, "auto");
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(left + right));
        WordParts.grid(table, new int[] {left, right});
        for (int r = 0; r < rows; r++) {
            width(table.getRow(r).getCell(0), left);
            width(table.getRow(r).getCell(1), right);
        }
        return table;
    }

    private static void width(XWPFTableCell cell, int twips) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(twips));
    }

    private static XWPFParagraph line(XWPFTableCell cell, boolean first, int size, boolean bold, boolean italic,
                                      String text) {
        XWPFParagraph p = first ? cell.getParagraphs().getFirst() : cell.addParagraph();
        WordParts.centred(p, 0);
        WordParts.run(p, text, size, bold, italic);
        return p;
    }
}
