package vn.ward57.common.table;

import vn.ward57.common.Echo;

/**
 * What is wrong in one cell of an imported file: its row as the spreadsheet numbers it, column, value, why.
 * The value and the reason are cut here, whoever makes the error: an answer, a page or a stored list of errors
 * never repeats a cell of megabytes.
 */
public record RowError(long row, String column, String value, String message) {

    /** The most of a cell's value an error repeats. */
    public static final int VALUE_ECHO = 200;
    /** The most of a reason (which may quote the cell) an error keeps. */
    public static final int MESSAGE_ECHO = 500;
    /** The most errors an answer lists or an import keeps: the rest are counted. */
    public static final int LISTED = 200;

    public RowError {
        value = Echo.cut(value, VALUE_ECHO);
        message = Echo.cut(message, MESSAGE_ECHO);
    }
}
