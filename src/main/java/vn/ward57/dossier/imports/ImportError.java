package vn.ward57.dossier.imports;

/** One refused cell or row: the file's row number (header = 1), the column, the value, and why. */
public record ImportError(long row, String column, String value, String message) {
}
