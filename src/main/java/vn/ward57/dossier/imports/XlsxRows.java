package vn.ward57.dossier.imports;

import java.io.IOException;
import java.nio.file.Path;
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
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.table.XlsxCellText;
import vn.ward57.common.table.XlsxCells;

/**
 * The first sheet of an XLSX workbook, streamed. A merged region gives its value (its top-left
 * cell's) to every cell it covers, as a reader of the sheet sees it: "Ngày" over two sub-headers
 * names both, a field merged down a group of rows belongs to each of them. A workbook that cannot be read
 * (a damaged file, another kind of file renamed) is refused as import.unreadable, where it is read: only
 * such a failure is the file's fault.
 */
final class XlsxRows implements TableReader {

    private static final Logger log = LoggerFactory.getLogger(XlsxRows.class);

    /** A merged region met so far, with its value. */
    private record Open(CellRangeAddress range, String value) {
    }

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;
    private final List<CellRangeAddress> merges;
    private final List<Open> open = new ArrayList<>();
    private int nextMerge;
    private long row;

    private XlsxRows(Path file) throws IOException {
        XlsxCells.check(file);   // no cell over the limit, before the reader holds one
        merges = MergedRegions.of(file);
        workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        try {
            rows = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
        iterator = rows.iterator();
    }

    static XlsxRows open(Path file) {
        try {
            return new XlsxRows(file);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    @Override
    public List<String> next() {
        Row r;
        try {
            if (!iterator.hasNext()) {
                return null;
            }
            r = iterator.next();
        } catch (RuntimeException e) {
            throw unreadable(e);
        }
        row = r.getRowNum();
        List<String> cells = new ArrayList<>(r.getCellCount());
        for (int i = 0; i < r.getCellCount(); i++) {
            cells.add(XlsxCellText.text(r.getCell(i)));
        }
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
                open.add(new Open(range, value));
            }
        }
        for (Open o : open) {
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

    /** A refusal found while reading (a cell too large) passes on as it is. */
    private static RuntimeException unreadable(Exception e) {
        if (e instanceof Ward57Exception refused) {
            return refused;
        }
        log.info("XLSX không đọc được: {}", e.toString());
        return new InvalidInputException("import.unreadable", "file");
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
