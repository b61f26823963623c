package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.ward57.common.table.TableExport;

/**
 * The report's appendices as one workbook, a sheet each ("Phụ lục I" …): the title, the "(Kèm theo …)"
 * line, the note, the header row in bold and the rows. A cell holding a plain count written the Vietnamese
 * way ("1.234") becomes the number 1234 so it adds up in a spreadsheet; everything else stays text, with
 * text a spreadsheet would run as a formula neutralised as in every export.
 */
@Component
public class AppendixWorkbook {

    /** "0", "7", "1.234", "12.456.789": no leading zero (a code like "001" stays text), dots every three digits. */
    private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,2}(\\.\\d{3})*|[1-9]\\d*");

    public byte[] xlsx(ReportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ward57", "1.0");
            List<ReportContent.Appendix> appendices = BodyWriter.nonNull(content.appendices());
            if (appendices.isEmpty()) {
                Worksheet ws = workbook.newWorksheet("Phụ lục");
                ws.value(0, 0, "Không có.");
            }
            for (ReportContent.Appendix appendix : appendices) {
                sheet(workbook.newWorksheet(sheetName(appendix)), appendix, content.header().appendixLine());
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Worksheet ws, ReportContent.Appendix appendix, String line) {
        List<String> columns = BodyWriter.nonNull(appendix.columns());
        int width = Math.max(1, columns.size());
        int r = 0;
        text(ws, r, 0, "Phụ lục " + appendix.number() + ". " + AppendixWriter.name(appendix));
        ws.range(r, 0, r, width - 1).merge();
        ws.style(r++, 0).bold().fontSize(13).set();
        if (line != null && !line.isBlank()) {
            text(ws, r, 0, line);
            ws.style(r++, 0).italic().set();
        }
        if (appendix.note() != null && !appendix.note().isBlank()) {
            text(ws, r++, 0, appendix.note());
        }
        List<ReportContent.Row> rows = BodyWriter.nonNull(appendix.rows());
        if (rows.isEmpty() || columns.isEmpty()) {
            if (appendix.note() == null || appendix.note().isBlank()) {
                text(ws, r, 0, "Không có.");
            }
            return;
        }
        r++;
        int[] twips = AppendixTable.widths(columns, rows, WordParts.A4_LONG - 2551);
        for (int c = 0; c < columns.size(); c++) {
            text(ws, r, c, columns.get(c));
            ws.style(r, c).bold().wrapText(true).verticalAlignment("center").horizontalAlignment("center")
                    .borderStyle("thin").set();
            ws.width(c, Math.min(60, Math.max(6, twips[c] / 110.0)));
        }
        for (ReportContent.Row row : rows) {
            r++;
            List<String> cells = row.cells() == null ? List.of() : row.cells();
            for (int c = 0; c < columns.size(); c++) {
                String text = c < cells.size() ? cells.get(c) : null;
                cell(ws, r, c, text);
                var style = ws.style(r, c).wrapText(true).verticalAlignment("top").borderStyle("thin");
                if (row.group()) {
                    style.bold();
                }
                style.set();
            }
        }
    }

    private static void cell(Worksheet ws, int r, int c, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String t = text.strip();
        if (COUNT.matcher(t).matches() && t.length() <= 18) {
            ws.value(r, c, Long.parseLong(t.replace(".", "")));
        } else {
            text(ws, r, c, text);
        }
    }

    private static void text(Worksheet ws, int r, int c, String text) {
        ws.value(r, c, TableExport.neutralise(text));
    }

    /** "Phụ lục IV": a sheet's name, within Excel's 31 characters and without the characters it forbids. */
    static String sheetName(ReportContent.Appendix appendix) {
        String name = ("Phụ lục " + appendix.number()).replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
