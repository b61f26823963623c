package vn.ward57.common.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.ward57.common.error.InvalidInputException;

/**
 * The rows of an uploaded register file (tasks, training events, assets, …), all in memory since
 * such files hold hundreds of rows, not millions: CSV in UTF-8 with or without BOM, or the first
 * sheet of an XLSX workbook. Blank rows are left out; each row keeps its number as the file shows
 * it (header = 1).
 */
public final class TableFile {

    /** A row of the file: its number as a spreadsheet shows it, and its cells as text. */
    public record Line(long number, List<String> cells) {
    }

    private TableFile() {
    }

    /** The header row first, then the data rows; the file's kind is told by its name. */
    public static List<Line> read(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        List<Line> lines;
        if (name.endsWith(".csv")) {
            lines = csv(content, fileName);
        } else if (name.endsWith(".xlsx")) {
            lines = xlsx(content, fileName);
        } else {
            throw new InvalidInputException("tablefile.bad-type", "file", fileName);
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("tablefile.empty-file", "file");
        }
        return lines;
    }

    private static List<Line> csv(byte[] content, String fileName) {
        List<Line> lines = new ArrayList<>();
        // the BOM is skipped here: FastCSV's own detection garbles files shorter than a BOM
        boolean bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(new ByteArrayInputStream(content, start, content.length - start),
                        StandardCharsets.UTF_8)) {
            for (CsvRecord record : reader) {
                add(lines, record.getStartingLineNumber(), record.getFields());
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("tablefile.unreadable", "file", fileName);
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] content, String fileName) {
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                new ReadingOptions(true, false))) {
            for (Row row : workbook.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(XlsxCellText.text(row.getCell(i)));
                }
                add(lines, row.getRowNum(), cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("tablefile.unreadable", "file", fileName);
        }
        return lines;
    }

    private static void add(List<Line> lines, long number, List<String> cells) {
        if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
            lines.add(new Line(number, cells));
        }
    }
}
