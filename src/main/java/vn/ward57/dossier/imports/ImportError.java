package vn.ward57.dossier.imports;

import vn.ward57.common.Echo;
import vn.ward57.common.table.RowError;

/** One refused cell or row: the file's row number (header = 1), the column, the value, and why. */
public record ImportError(long row, String column, String value, String message) {

    /** Cut as a register's errors are ({@link RowError}): a stored list of errors never holds a cell of megabytes. */
    public ImportError {
        value = Echo.cut(value, RowError.VALUE_ECHO);
        message = Echo.cut(message, RowError.MESSAGE_ECHO);
    }
}
