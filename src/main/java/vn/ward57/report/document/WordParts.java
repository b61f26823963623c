package vn.ward57.report.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The Decree 30/2020/NĐ-CP typography in one place, shared by the document and the template writer:
 * Times New Roman, body 14 pt justified with a 1,27 cm first-line indent and 6 pt after, A4 with
 * margins 20/20/30/15 mm. Sizes are in points, distances in twips (1 mm = 56,7 twips).
 */
final class WordParts {

    static final String FONT = "Times New Roman";
    static final int BODY_SIZE = 14;
    static final int TABLE_SIZE = 12;
    static final int FIRST_LINE = 720;
    static final int AFTER = 120;
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;

    private WordParts() {
    }

    /** A run in the report's font; "\n" in the text becomes a line break. */
    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
        return r;
    }

    /** A body paragraph: justified, first-line indent 1,27 cm, 6 pt after. */
    static XWPFParagraph body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(AFTER);
        return p;
    }

    /** A centred paragraph with the given space after (twips). */
    static XWPFParagraph centred(XWPFParagraph p, int after) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(after);
        return p;
    }

    /**
     * The short horizontal rule under the issuing body, the motto and the title: the bottom border of
     * an almost empty paragraph, its length set by indenting both sides.
     */
    static XWPFParagraph rule(XWPFParagraph p, int indent) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setBorderBottom(Borders.SINGLE);
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(2);
        return p;
    }

    /** The table's grid: one column of each width (twips), which LibreOffice needs to keep fixed widths. */
    static void grid(XWPFTable table, int[] widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /** Sets A4 in the given orientation with the Decree 30 margins (kept on the same sides when landscape). */
    static void a4(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        mar.setGutter(BigInteger.ZERO);
    }

    /** Turns a section to portrait or landscape, swapping the page's sides and keeping its margins. */
    static void orient(CTSectPr sect, boolean landscape) {
        if (!sect.isSetPgSz() || sect.getPgSz().getW() == null || sect.getPgSz().getH() == null) {
            a4(sect, landscape);
            return;
        }
        CTPageSz size = sect.getPgSz();
        Object w = size.getW();
        Object h = size.getH();
        long width = twips(w);
        long height = twips(h);
        if (landscape == width < height) {
            size.setW(h);
            size.setH(w);
        }
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
    }

    /** The width text may take in a section, in twips (page width less the side margins). */
    static int textWidth(CTSectPr sect) {
        long w = sect.isSetPgSz() && sect.getPgSz().getW() != null ? twips(sect.getPgSz().getW()) : A4_SHORT;
        long left = sect.isSetPgMar() ? twips(sect.getPgMar().getLeft()) : MARGIN_LEFT;
        long right = sect.isSetPgMar() ? twips(sect.getPgMar().getRight()) : MARGIN_RIGHT;
        return (int) Math.max(2000, w - left - right);
    }

    /** A measure as twips; other units ("210mm") a province's template might use count as unknown (0). */
    private static long twips(Object value) {
        if (value instanceof BigInteger b) {
            return b.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
