package vn.ward57.task;

import vn.ward57.common.Echo;
import vn.ward57.common.table.RowError;

/** One refused cell or row of a task file: the row as the file shows it (header = 1), the column, the value, why. */
public record TaskImportError(long row, String column, String value, String message) {

    /** Cut as a register's errors are ({@link RowError}): a stored list of errors never holds a cell of megabytes. */
    public TaskImportError {
        value = Echo.cut(value, RowError.VALUE_ECHO);
        message = Echo.cut(message, RowError.MESSAGE_ECHO);
    }
}
