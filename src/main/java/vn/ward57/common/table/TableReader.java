package vn.ward57.common.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one reader of uploaded tables, for the dossier exports and the registers alike: the rows of a file, one
 * list of cell texts at a time, streamed (a million rows never sit in memory). CSV as {@link CsvFiles} opens it
 * (the encoding {@link TextEncoding} tells, no field over {@link CellLimit}), or the first sheet of an XLSX
 * workbook ({@link XlsxRows}: no cell over the limit, merged cells filled in, date cells as
 * {@link XlsxCellText} writes them). Blank rows are given as they are; the row numbers are the file's.
 * A file that cannot be read is refused ({@link vn.ward57.common.error.InvalidInputException}) where it is read;
 * fileName, when known, names it in the refusal.
 */
public interface TableReader extends AutoCloseable {

    /** The next row's cells, or null after the last row. */
    List<String> next() throws IOException;

    /** The row number in the file of the row last returned (the first row is 1). */
    long rowNumber();

    /** How much of the file has been read, in percent, or null when the kind of file does not tell. */
    default Integer percentRead() {
        return null;
    }

    @Override
    void close() throws IOException;

    /** These rows without the ones skip says are no data (a footer, a line of column numbers). */
    default TableReader skipping(Predicate<List<String>> skip) {
        TableReader rows = this;
        return new TableReader() {
            @Override
            public List<String> next() throws IOException {
                List<String> cells = rows.next();
                while (cells != null && skip.test(cells)) {
                    cells = rows.next();
                }
                return cells;
            }

            @Override
            public long rowNumber() {
                return rows.rowNumber();
            }

            @Override
            public Integer percentRead() {
                return rows.percentRead();
            }

            @Override
            public void close() throws IOException {
                rows.close();
            }
        };
    }

    /** Whether a row is of empty cells only (a loop: this runs for every row of a million). */
    static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A file whose kind its first bytes tell, its name untold: a refusal speaks of "the file". */
    static TableReader open(Path file) throws IOException {
        return open(file, null);
    }

    /** A file whose kind its first bytes tell: an XLSX workbook is a ZIP archive ("PK\3\4"), anything else CSV. */
    static TableReader open(Path file, String fileName) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        boolean zip = n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        return zip ? xlsx(file, fileName) : csv(file, fileName);
    }

    static TableReader csv(Path file, String fileName) throws IOException {
        return new CsvRows(() -> Files.newInputStream(file), Files.size(file), fileName);
    }

    static TableReader csv(byte[] content, String fileName) throws IOException {
        return new CsvRows(() -> new ByteArrayInputStream(content), content.length, fileName);
    }

    static TableReader xlsx(Path file, String fileName) {
        return XlsxRows.open(new XlsxRows.Source(() -> XlsxCells.check(file), () -> MergedRegions.of(file),
                () -> new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile(), XlsxRows.OPTIONS)), fileName);
    }

    static TableReader xlsx(byte[] content, String fileName) {
        return XlsxRows.open(new XlsxRows.Source(() -> XlsxCells.check(content), () -> MergedRegions.of(content),
                () -> new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(content),
                        XlsxRows.OPTIONS)), fileName);
    }
}
