package vn.ward57.report.document;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The appendices as XLSX read back: a sheet each, counts as numbers, formulas neutralised. */
class AppendixWorkbookTest {

    @Test
    void eachAppendixIsASheetWithCountsAsNumbers() throws Exception {
        byte[] xlsx = new AppendixWorkbook().xlsx(ReportSamples.small());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Phụ lục I", "Phụ lục IX", "Phụ lục III");

            List<Row> first = sheets.getFirst().read();
            assertThat(first.get(0).getCell(0).getText()).isEqualTo("Phụ lục I. Công tác chỉ đạo, điều hành");
            assertThat(first.get(1).getCell(0).getText()).startsWith("(Kèm theo Báo cáo số");
            // row 2 is left empty; the header row follows
            assertThat(first.get(2).getCell(0).getText()).isEqualTo("STT");
            assertThat(first.get(2).getCell(2).getText()).isEqualTo("Số lượng");
            // group row "I | Văn bản": "I" is no count, it stays text
            assertThat(first.get(3).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(first.get(3).getCell(1).getText()).isEqualTo("Văn bản");
            Row signed = first.get(4);
            assertThat(signed.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(signed.getCell(2).getType()).isEqualTo(CellType.NUMBER);
            assertThat(signed.getCell(2).asNumber()).isEqualByComparingTo("696");
            Row formula = first.get(5);
            assertThat(formula.getCell(1).getType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(1).getText()).isEqualTo("'=1+1");
            // "1.963" written the Vietnamese way is the count 1963
            assertThat(formula.getCell(2).asNumber()).isEqualByComparingTo("1963");

            List<Row> wide = sheets.get(1).read();
            assertThat(wide.get(2).getCellCount()).isEqualTo(11);
            assertThat(wide.get(3).getCell(4).getText()).isEqualTo("Năm 2026");

            List<Row> empty = sheets.get(2).read();
            assertThat(empty.getLast().getCell(0).getText()).isEqualTo("Không có.");
        }
    }

    @Test
    void onlyPlainCountsBecomeNumbers() throws Exception {
        ReportContent.Appendix appendix = new ReportContent.Appendix("VII", "Phụ lục VII. Nhân lực", false,
                List.of("A", "B", "C", "D", "E", "F"),
                List.of(ReportContent.Row.of("12.456.789", "001", "98,70%", "1.5", "-3", "+84 912")), "Ghi chú.");
        ReportContent content = new ReportContent(ReportKind.NQ57_RESULTS, ReportSamples.header(null),
                java.util.Map.of(), List.of(), List.of(appendix));
        byte[] xlsx = new AppendixWorkbook().xlsx(content);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(1).getCell(0).getText()).isEqualTo("Ghi chú.");
            Row row = rows.getLast();
            assertThat(row.getCell(0).asNumber()).isEqualByComparingTo("12456789");
            assertThat(row.getCell(1).getText()).isEqualTo("001");
            assertThat(row.getCell(2).getText()).isEqualTo("98,70%");
            assertThat(row.getCell(3).getText()).isEqualTo("1.5");
            assertThat(row.getCell(4).getText()).isEqualTo("'-3");
            assertThat(row.getCell(5).getText()).isEqualTo("'+84 912");
        }
    }
}
