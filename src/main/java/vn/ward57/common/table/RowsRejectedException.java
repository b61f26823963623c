package vn.ward57.common.table;

import java.util.List;
import vn.ward57.common.error.InvalidInputException;

/**
 * An import refused as a whole because rows are faulty; nothing of the file was written. It lists the first
 * {@value RowError#LISTED} errors and counts the rest: a file of a million bad rows gives an answer of a few pages.
 */
public class RowsRejectedException extends InvalidInputException {

    private final transient List<RowError> errors;
    private final long total;

    /** Every error found (the first {@value RowError#LISTED} are kept). */
    public RowsRejectedException(List<RowError> errors) {
        this(errors, errors.stream().map(RowError::row).distinct().count(), errors.size());
    }

    /** The first errors found, the count of faulty rows and of all errors. */
    public RowsRejectedException(List<RowError> first, long rows, long total) {
        super("tablefile.rows-rejected", "file", rows, total);
        this.errors = List.copyOf(first.subList(0, Math.min(first.size(), RowError.LISTED)));
        this.total = Math.max(total, errors.size());
    }

    /** At most {@value RowError#LISTED} errors, in the file's order. */
    public List<RowError> errors() {
        return errors;
    }

    /** How many errors there were in all. */
    public long total() {
        return total;
    }

    /** How many errors are counted but not listed. */
    public long unlisted() {
        return total - errors.size();
    }
}
