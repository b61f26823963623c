package vn.ward57.common.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.web.Messages;

/**
 * A register's file read all or nothing: its header is matched to the register's columns, each
 * data row parsed; with any fault anywhere, the whole file is refused with every fault counted and
 * the first {@value RowError#LISTED} listed, so the caller writes nothing.
 */
public final class TableImport {

    private TableImport() {
    }

    public static <T> List<T> rows(String fileName, byte[] content, List<TableColumn> columns, Messages messages,
                                   Function<TableRow, T> parser) {
        List<TableFile.Line> lines = TableFile.read(fileName == null ? "" : fileName, content);
        Map<TableColumn, Integer> positions = positions(lines.getFirst().cells(), columns);
        List<RowError> errors = new ArrayList<>();
        long[] total = new long[1];
        long faultyRows = 0;
        List<T> rows = new ArrayList<>();
        for (TableFile.Line line : lines.subList(1, lines.size())) {
            TableRow row = new TableRow(line, positions, messages, e -> {
                if (total[0]++ < RowError.LISTED) {
                    errors.add(e);
                }
            });
            T parsed = parser.apply(row);
            if (!row.faulty()) {
                rows.add(parsed);
            } else {
                faultyRows++;
            }
        }
        if (total[0] > 0) {
            throw new RowsRejectedException(errors, faultyRows, total[0]);
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("tablefile.no-rows", "file");
        }
        return rows;
    }

    /** Where each column stands in the header (the first of a repeated one wins); a missing required column refuses the file. */
    static Map<TableColumn, Integer> positions(List<String> header, List<TableColumn> columns) {
        Map<TableColumn, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            for (TableColumn column : columns) {
                if (column.matches(header.get(i))) {
                    positions.putIfAbsent(column, i);
                }
            }
        }
        List<String> missing = columns.stream().filter(c -> c.required() && !positions.containsKey(c))
                .map(TableColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("tablefile.missing-columns", "file", String.join(", ", missing));
        }
        return positions;
    }
}
