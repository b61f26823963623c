package vn.ward57.dossier.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of an uploaded export, one list of cell texts at a time, streamed (a million rows never
 * sit in memory): CSV in UTF-8 with or without BOM, or the first sheet of an XLSX workbook.
 */
public interface TableReader extends AutoCloseable {

    /** The next row's cells, or null after the last row. */
    List<String> next() throws IOException;

    /** The row number in the file of the row last returned (the header is row 1). */
    long rowNumber();

    /** How much of the file has been read, in percent, or null when the kind of file does not tell. */
    default Integer percentRead() {
        return null;
    }

    @Override
    void close() throws IOException;

    static TableReader open(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.read(head);
            // an XLSX file is a ZIP archive: it starts with "PK\3\4"
            if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return new Xlsx(file);
            }
        }
        return new Csv(file);
    }

    final class Csv implements TableReader {
        private final CsvReader<CsvRecord> reader;
        private final Iterator<CsvRecord> records;
        private final CountingStream counted;
        private final long size;
        private long row;

        Csv(Path file) throws IOException {
            size = Files.size(file);
            counted = new CountingStream(Files.newInputStream(file));
            reader = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true).allowExtraFields(true)
                    .allowMissingFields(true).ofCsvRecord(counted, StandardCharsets.UTF_8);
            records = reader.iterator();
        }

        @Override
        public Integer percentRead() {
            return size == 0 ? 100 : (int) Math.min(100, counted.count * 100 / size);
        }

        @Override
        public List<String> next() {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            row = record.getStartingLineNumber();
            return record.getFields();
        }

        @Override
        public long rowNumber() {
            return row;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Counts the bytes read through it (the reader buffers ahead a little: close enough for a bar). */
    final class CountingStream extends java.io.FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }

    final class Xlsx implements TableReader {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
        private final ReadableWorkbook workbook;
        private final Stream<Row> rows;
        private final Iterator<Row> iterator;
        private long row;

        Xlsx(Path file) throws IOException {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
            rows = workbook.getFirstSheet().openStream();
            iterator = rows.iterator();
        }

        @Override
        public List<String> next() {
            if (!iterator.hasNext()) {
                return null;
            }
            Row r = iterator.next();
            row = r.getRowNum();
            List<String> cells = new ArrayList<>(r.getCellCount());
            for (int i = 0; i < r.getCellCount(); i++) {
                cells.add(text(r.getCell(i)));
            }
            return cells;
        }

        /** Dates that Excel keeps as numbers with a date format come out as ISO text. */
        private static String text(Cell cell) {
            if (cell == null) {
                return "";
            }
            if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
                return cell.asDate().format(ISO);
            }
            return cell.getText();
        }

        private static boolean isDateFormat(String format) {
            return format != null && format.toLowerCase().matches(".*(d|y|h:mm|m/|/m).*") && !format.contains("0.0");
        }

        @Override
        public long rowNumber() {
            return row;
        }

        @Override
        public void close() throws IOException {
            rows.close();
            workbook.close();
        }
    }
}
