package vn.ward57.common.table;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/** The rows of a CSV file, streamed, with how much of it is read (for a progress bar). */
final class CsvRows implements TableReader {

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final CountingStream counted;
    private final long size;
    private final String fileName;
    private long row;

    CsvRows(TextEncoding.Source file, long size, String fileName) throws IOException {
        this.size = size;
        this.fileName = fileName;
        // the encoding is told from the whole file first: a bad byte at row 900.000 refuses it before any row
        TextEncoding.Detected encoding = TextEncoding.of(file);
        counted = new CountingStream(file.open());
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
            throw CsvFiles.refusal(e, fileName == null ? "" : fileName);
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

    /** Counts the bytes read through it (the reader buffers ahead a little: close enough for a bar). */
    private static final class CountingStream extends FilterInputStream {
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
