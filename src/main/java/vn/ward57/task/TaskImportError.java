package vn.ward57.task;

/** One refused cell or row of a task file: the row as the file shows it (header = 1), the column, the value, why. */
public record TaskImportError(long row, String column, String value, String message) {
}
