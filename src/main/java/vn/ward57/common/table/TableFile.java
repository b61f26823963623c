package vn.ward57.common.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import vn.ward57.common.Echo;
import vn.ward57.common.error.InvalidInputException;

/**
 * The rows of an uploaded register file (tasks, training events, assets, …), in memory ({@link #read}) or
 * one by one from a file ({@link #each}), as {@link TableReader} reads them: CSV or the first sheet of an
 * XLSX workbook, the kind told by the file's name. Blank rows are left out; each row keeps its number as the
 * file shows it (header = 1).
 */
public final class TableFile {

    /** A row of the file: its number as a spreadsheet shows it, and its cells as text. */
    public record Line(long number, List<String> cells) {
    }

    private TableFile() {
    }

    /** The header row first, then the data rows; the file's kind is told by its name. */
    public static List<Line> read(String fileName, byte[] content) {
        List<Line> lines = new ArrayList<>();
        each(fileName, csv -> csv ? TableReader.csv(content, fileName) : TableReader.xlsx(content, fileName),
                lines::add);
        return lines;
    }

    /**
     * The rows of the file, the header first, each given to rows as it is read and then let go: a file of a
     * hundred thousand rows is never held whole.
     */
    public static void each(String fileName, Path file, Consumer<Line> rows) {
        each(fileName, csv -> csv ? TableReader.csv(file, fileName) : TableReader.xlsx(file, fileName), rows);
    }

    private interface Opener {
        TableReader open(boolean csv) throws IOException;
    }

    private static void each(String fileName, Opener opener, Consumer<Line> rows) {
        String name = fileName == null ? "" : fileName;
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw new InvalidInputException("tablefile.bad-type", "file", Echo.cut(name, 100));
        }
        long given = 0;
        try (TableReader reader = opener.open(lower.endsWith(".csv"))) {
            for (List<String> cells = reader.next(); cells != null; cells = reader.next()) {
                if (!TableReader.blank(cells)) {
                    given++;
                    rows.accept(new Line(reader.rowNumber(), cells));
                }
            }
        } catch (IOException e) {
            throw CsvFiles.refusal(e, name);
        }
        if (given == 0) {
            throw new InvalidInputException("tablefile.empty-file", "file");
        }
    }
}
