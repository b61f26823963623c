package vn.ward57.common.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.ward57.common.Echo;
import vn.ward57.common.error.InvalidInputException;

/**
 * The rows of an uploaded register file (tasks, training events, assets, …), all in memory since
 * such files hold hundreds of rows, not millions: CSV ({@link CsvFiles}: UTF-8 with or without BOM,
 * or Windows-1258/1252), or the first sheet of an XLSX workbook; no cell over {@link CellLimit}. Blank
 * rows are left out; each row keeps its number as the file shows it (header = 1).
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
            throw new InvalidInputException("tablefile.bad-type", "file", Echo.cut(fileName, 100));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("tablefile.empty-file", "file");
        }
        return lines;
    }

    private static List<Line> csv(byte[] content, String fileName) {
        List<Line> lines = new ArrayList<>();
        try {
            TextEncoding.Detected encoding = TextEncoding.of(() -> new ByteArrayInputStream(content));
            try (CsvReader<CsvRecord> reader = CsvFiles.open(new ByteArrayInputStream(content), encoding)) {
                for (CsvRecord record : reader) {
                    add(lines, record.getStartingLineNumber(), record.getFields());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw CsvFiles.refusal(e, fileName);
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] content, String fileName) {
        List<Line> lines = new ArrayList<>();
        try {
            XlsxCells.check(content);
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
                    new ReadingOptions(true, false))) {
                for (Row row : workbook.getFirstSheet().read()) {
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(XlsxCellText.text(row.getCell(i)));
                    }
                    add(lines, row.getRowNum(), cells);
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("tablefile.unreadable", "file", Echo.cut(fileName, 100));
        }
        return lines;
    }

    private static void add(List<Line> lines, long number, List<String> cells) {
        if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
            lines.add(new Line(number, cells));
        }
    }
}
