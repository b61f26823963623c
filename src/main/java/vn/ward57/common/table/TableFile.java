package vn.ward57.common.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.ward57.common.Echo;
import vn.ward57.common.error.InvalidInputException;

/**
 * The rows of an uploaded register file (tasks, training events, assets, …), in memory ({@link #read}) or
 * one by one from a file ({@link #each}): CSV ({@link CsvFiles}: UTF-8 with or without BOM,
 * or Windows-1258/1252), or the first sheet of an XLSX workbook; no cell over {@link CellLimit}. Blank
 * rows are left out; each row keeps its number as the file shows it (header = 1).
 */
public final class TableFile {

    /** A row of the file: its number as a spreadsheet shows it, and its cells as text. */
    public record Line(long number, List<String> cells) {
    }

    private static final ReadingOptions OPTIONS = new ReadingOptions(true, false);

    private TableFile() {
    }

    /** The header row first, then the data rows; the file's kind is told by its name. */
    public static List<Line> read(String fileName, byte[] content) {
        List<Line> lines = new ArrayList<>();
        each(fileName, () -> new ByteArrayInputStream(content), () -> XlsxCells.check(content),
                () -> new ReadableWorkbook(new ByteArrayInputStream(content), OPTIONS), lines::add);
        return lines;
    }

    /**
     * The rows of the file, the header first, each given to rows as it is read and then let go: a file of a
     * hundred thousand rows is never held whole.
     */
    public static void each(String fileName, Path file, Consumer<Line> rows) {
        each(fileName, () -> Files.newInputStream(file), () -> XlsxCells.check(file),
                () -> new ReadableWorkbook(file.toFile(), OPTIONS), rows);
    }

    private interface Check {
        void run() throws IOException;
    }

    private interface Workbook {
        ReadableWorkbook open() throws IOException;
    }

    private static void each(String fileName, TextEncoding.Source source, Check check, Workbook workbook,
                             Consumer<Line> rows) {
        String name = fileName == null ? "" : fileName;
        String lower = name.toLowerCase(Locale.ROOT);
        long[] count = {0};
        Consumer<Line> counted = line -> {
            count[0]++;
            rows.accept(line);
        };
        if (lower.endsWith(".csv")) {
            csv(source, name, counted);
        } else if (lower.endsWith(".xlsx")) {
            xlsx(check, workbook, name, counted);
        } else {
            throw new InvalidInputException("tablefile.bad-type", "file", Echo.cut(name, 100));
        }
        if (count[0] == 0) {
            throw new InvalidInputException("tablefile.empty-file", "file");
        }
    }

    private static void csv(TextEncoding.Source source, String fileName, Consumer<Line> rows) {
        try {
            TextEncoding.Detected encoding = TextEncoding.of(source);
            try (CsvReader<CsvRecord> reader = CsvFiles.open(source.open(), encoding)) {
                for (CsvRecord record : reader) {
                    give(rows, record.getStartingLineNumber(), record.getFields());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof Passed passed ? passed.original : CsvFiles.refusal(e, fileName);
        }
    }

    private static void xlsx(Check check, Workbook open, String fileName, Consumer<Line> rows) {
        try {
            check.run();
            try (ReadableWorkbook workbook = open.open()) {
                for (Row row : workbook.getFirstSheet().read()) {
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(XlsxCellText.text(row.getCell(i)));
                    }
                    give(rows, row.getRowNum(), cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Passed passed) {
                throw passed.original;
            }
            if (e instanceof InvalidInputException) {
                throw (InvalidInputException) e;
            }
            throw new InvalidInputException("tablefile.unreadable", "file", Echo.cut(fileName, 100));
        }
    }

    private static void give(Consumer<Line> rows, long number, List<String> cells) {
        if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
            try {
                rows.accept(new Line(number, cells));
            } catch (RuntimeException e) {
                throw new Passed(e);
            }
        }
    }

    /** What the one given the rows threw (a refusal, a cancel): passed on as it is, not blamed on the file. */
    private static final class Passed extends RuntimeException {
        private final RuntimeException original;

        Passed(RuntimeException original) {
            super(null, null, false, false);
            this.original = original;
        }
    }
}
