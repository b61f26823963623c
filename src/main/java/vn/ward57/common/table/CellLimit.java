package vn.ward57.common.table;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest cell an uploaded file may hold ({@code ward57.imports.max-cell-size}, 32 KB): a file with a
 * larger one is refused while it is read, before the cell is held in memory. No register or export needs
 * more (Excel itself stops at 32.767 characters); a 53 KB workbook can unpack to a 50 MB cell.
 */
@Component
public class CellLimit {

    static final int DEFAULT_BYTES = 32 * 1024;

    // set once from the configuration: the file readers are static helpers every register calls
    private static volatile int bytes = DEFAULT_BYTES;

    CellLimit(@Value("${ward57.imports.max-cell-size:32KB}") DataSize size) {
        bytes = (int) Math.clamp(size.toBytes(), 1, Integer.MAX_VALUE / 4);
    }

    /** The limit, in bytes of an XLSX part's text and in characters of a CSV field. */
    public static int bytes() {
        return bytes;
    }

    /** The limit as the messages say it, in KB. */
    static long kilobytes() {
        return Math.max(1, bytes / 1024);
    }
}
