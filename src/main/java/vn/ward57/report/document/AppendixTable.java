package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * An appendix table in 12 pt with borders on every cell: the header row bold (repeated on each page),
 * group rows bold across the table, column widths fixed to fill the text width — narrow for "STT", the
 * rest by how much text each column holds, so that Phụ lục IX's eleven columns fit a landscape page.
 */
final class AppendixTable {

    private static final Pattern SHORT = Pattern.compile("[0-9.,%\\-–+/ ]{1,12}|[IVXLC]{1,6}|\\.\\.");
    private static final int PAD = 40;
    private static final int STT = 800;

    private AppendixTable() {
    }

    static void write(List<String> columns, List<ReportContent.Row> rows, int width, XWPFTable table) {
        int[] widths = widths(columns, rows, width);
        style(table, widths);
        XWPFTableRow header = table.getRow(0);
        for (int c = 1; c < columns.size(); c++) {
            header.addNewTableCell();
        }
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            cell(header.getCell(c), columns.get(c), widths[c], true, ParagraphAlignment.CENTER);
        }
        for (ReportContent.Row row : rows) {
            XWPFTableRow r = table.createRow();
            List<String> cells = row.cells() == null ? List.of() : row.cells();
            // a heading row ("I | Nhóm vấn đề …") spans the table; a total row keeps its columns, in bold
            boolean heading = cells.stream().skip(2).allMatch(t -> t == null || t.isBlank());
            if (row.group() && columns.size() > 1 && heading) {
                group(r, cells, widths);
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                String text = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
                ParagraphAlignment align = SHORT.matcher(text.strip()).matches() ? ParagraphAlignment.CENTER
                        : ParagraphAlignment.LEFT;
                cell(r.getCell(c), text, widths[c], row.group(), align);
            }
        }
    }

    /** "I | Nhóm vấn đề …": the first cell as it is, the others joined in one cell spanning the rest. */
    private static void group(XWPFTableRow r, List<String> cells, int[] widths) {
        while (r.getTableCells().size() > 2) {
            r.removeCell(r.getTableCells().size() - 1);
        }
        String rest = String.join(" ", cells.stream().skip(1).filter(s -> s != null && !s.isBlank()).toList());
        int span = 0;
        for (int c = 1; c < widths.length; c++) {
            span += widths[c];
        }
        cell(r.getCell(0), cells.isEmpty() || cells.getFirst() == null ? "" : cells.getFirst(), widths[0], true,
                ParagraphAlignment.CENTER);
        XWPFTableCell merged = r.getCell(1);
        cell(merged, rest, span, true, ParagraphAlignment.LEFT);
        var tcPr = merged.getCTTc().isSetTcPr() ? merged.getCTTc().getTcPr() : merged.getCTTc().addNewTcPr();
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(widths.length - 1));
    }

    private static void cell(XWPFTableCell cell, String text, int width, boolean bold, ParagraphAlignment align) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(align);
        p.setSpacingBefore(PAD);
        p.setSpacingAfter(PAD);
        WordParts.run(p, text, WordParts.TABLE_SIZE, bold, false);
    }

    private static void style(XWPFTable table, int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(total));
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        WordParts.grid(table, widths);
    }

    /** Column widths in twips summing to the text width: "STT" narrow, the others by the square root of their text. */
    static int[] widths(List<String> columns, List<ReportContent.Row> rows, int width) {
        int n = columns.size();
        double[] weight = new double[n];
        boolean[] narrow = new boolean[n];
        for (int c = 0; c < n; c++) {
            String h = columns.get(c) == null ? "" : columns.get(c).strip();
            narrow[c] = h.equalsIgnoreCase("STT") || h.equalsIgnoreCase("TT") || h.equalsIgnoreCase("Số TT");
            double longest = h.length() * 0.8;
            for (ReportContent.Row row : rows) {
                if (!row.group() && row.cells() != null && c < row.cells().size() && row.cells().get(c) != null) {
                    longest = Math.max(longest, row.cells().get(c).length());
                }
            }
            weight[c] = Math.sqrt(Math.max(16, Math.min(160, longest)));
        }
        int fixed = 0;
        double sum = 0;
        for (int c = 0; c < n; c++) {
            if (narrow[c]) {
                fixed += STT;
            } else {
                sum += weight[c];
            }
        }
        int[] result = new int[n];
        int left = width - fixed;
        for (int c = 0; c < n; c++) {
            result[c] = narrow[c] ? STT : (int) Math.floor(left * weight[c] / (sum == 0 ? 1 : sum));
        }
        return result;
    }
}
