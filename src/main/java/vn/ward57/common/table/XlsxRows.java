package vn.ward57.common.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellRangeAddress;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ward57.common.Echo;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;

/**
 * The first sheet of an XLSX workbook, streamed. A merged region gives its value (its top-left
 * cell's) to every cell it covers, as a reader of the sheet sees it: "Ngày" over two sub-headers
 * names both, a field merged down a group of rows belongs to each of them. A workbook that cannot be read
 * (a damaged file, another kind of file renamed) is refused where it is read: only such a failure is the
 * file's fault.
 */
final class XlsxRows implements TableReader {

    static final ReadingOptions OPTIONS = new ReadingOptions(true, false);
    private static final Logger log = LoggerFactory.getLogger(XlsxRows.class);

    /** The workbook's bytes as the reader takes them: its cells checked, its merged regions, the workbook. */
    record Source(Check check, Merges merges, Open workbook) {
    }

    interface Check {
        void run() throws IOException;
    }

    interface Merges {
        List<CellRangeAddress> read() throws IOException;
    }

    interface Open {
        ReadableWorkbook open() throws IOException;
    }

    /** A merged region met so far, with its value. */
    private record Region(CellRangeAddress range, String value) {
    }

    private final String fileName;
    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private final List<CellRangeAddress> merges;
    private final List<Region> open = new ArrayList<>();
    private int nextMerge;
    private long row;

    private XlsxRows(Source source, String fileName) throws IOException {
        this.fileName = fileName;
        source.check().run();   // no cell over the limit, before the reader holds one
        merges = source.merges().read();
        workbook = source.workbook().open();
        try {
            rows = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
        iterator = rows.iterator();
    }

    static XlsxRows open(Source source, String fileName) {
        try {
            return new XlsxRows(source, fileName);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e, fileName);
        }
    }

    @Override
    public List<String> next() {
        Row r;
        List<String> cells;
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            r = iterator.next();
            cells = new ArrayList<>(r.getCellCount());
            for (int i = 0; i < r.getCellCount(); i++) {
                cells.add(XlsxCellText.text(r.getCell(i)));
            }
        } catch (RuntimeException e) {
            throw unreadable(e, fileName);
        }
        row = r.getRowNum();
        if (!merges.isEmpty()) {
            fillMerged(cells, r.getRowNum() - 1);
        }
        return cells;
    }

    /** Gives each cell under a merged region the region's value; at is the 0-based row. */
    private void fillMerged(List<String> cells, int at) {
        open.removeIf(o -> o.range().getLastRow() < at);
        while (nextMerge < merges.size() && merges.get(nextMerge).getFirstRow() <= at) {
            CellRangeAddress range = merges.get(nextMerge++);
            if (range.getLastRow() >= at) {
                // a region whose top row had no cells at all (never seen) has no value to give
                String value = range.getFirstRow() == at && range.getFirstColumn() < cells.size()
                        ? cells.get(range.getFirstColumn()) : "";
                open.add(new Region(range, value));
            }
        }
        for (Region o : open) {
            for (int c = o.range().getFirstColumn(); c <= o.range().getLastColumn(); c++) {
                while (cells.size() <= c) {
                    cells.add("");
                }
                if (cells.get(c) == null || cells.get(c).isEmpty()) {
                    cells.set(c, o.value());
                }
            }
        }
    }

    /**
     * A refusal found while reading (a cell too large) passes on as it is; any other failure is the file's:
     * named when its name is known.
     */
    private static RuntimeException unreadable(Exception e, String fileName) {
        if (e instanceof Ward57Exception refused) {
            return refused;
        }
        log.info("XLSX không đọc được: {}", e.toString());
        return fileName == null ? new InvalidInputException("tablefile.unreadable-workbook", "file")
                : new InvalidInputException("tablefile.unreadable", "file", Echo.cut(fileName, 100));
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
