package vn.ward57.common.table;

/** What is wrong in one cell of an imported file: its row as the spreadsheet numbers it, column, value, why. */
public record RowError(long row, String column, String value, String message) {
}
