package vn.ward57.common.table;

import java.util.List;
import vn.ward57.common.error.InvalidInputException;

/** An import refused as a whole because rows are faulty; nothing of the file was written. */
public class RowsRejectedException extends InvalidInputException {

    private final transient List<RowError> errors;

    public RowsRejectedException(List<RowError> errors) {
        super("tablefile.rows-rejected", "file", errors.stream().map(RowError::row).distinct().count(),
                errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
