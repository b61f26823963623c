package vn.ward57.dossier.imports;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import vn.ward57.common.table.CsvFiles;
import vn.ward57.common.table.TextEncoding;

/**
 * The rows of an uploaded export, one list of cell texts at a time, streamed (a million rows never
 * sit in memory): CSV as {@link CsvFiles} opens it (UTF-8 with or without BOM, or Windows-1258/1252), or
 * the first sheet of an XLSX workbook ({@link XlsxRows}, merged cells filled in).
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

    /** These rows without the ones skip says are no data (a footer, a line of column numbers). */
    default TableReader skipping(java.util.function.Predicate<List<String>> skip) {
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

    static TableReader open(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.read(head);
            // an XLSX file is a ZIP archive: it starts with "PK\3\4"
            if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return XlsxRows.open(file);
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
            // the encoding is told from the whole file first: a bad byte at row 900.000 refuses it before any row
            TextEncoding.Detected encoding = TextEncoding.of(() -> Files.newInputStream(file));
            counted = new CountingStream(Files.newInputStream(file));
            reader = CsvFiles.open(counted, encoding);
            records = reader.iterator();
        }

        @Override
        public Integer percentRead() {
            return size == 0 ? 100 : (int) Math.min(100, counted.count * 100 / size);
        }

        @Override
        public List<String> next() {
            CsvRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (RuntimeException e) {
                throw CsvFiles.refusal(e, "");
            }
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
}
