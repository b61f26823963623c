package vn.ward57.common.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.imports.ImportRun;
import vn.ward57.common.web.Messages;

/**
 * A register's file read all or nothing: its header is matched to the register's columns, each
 * data row parsed; with any fault anywhere, the whole file is refused with every fault counted and
 * the first {@value RowError#LISTED} listed, so the caller writes nothing.
 */
public final class TableImport {

    private TableImport() {
    }

    /** The rows of a file held in memory (a form's small upload). */
    public static <T> List<T> rows(String fileName, byte[] content, List<TableColumn> columns, Messages messages,
                                   Function<TableRow, T> parser) {
        return rows(lines -> TableFile.read(fileName == null ? "" : fileName, content).forEach(lines),
                columns, messages, parser);
    }

    /**
     * The rows of a file read one by one, each told to the import running ({@link ImportRun#row()}: the row
     * limit, a cancel); only the parsed values are kept.
     */
    public static <T> List<T> rows(String fileName, Path file, List<TableColumn> columns, Messages messages,
                                   Function<TableRow, T> parser) {
        List<T> rows = rows(lines -> TableFile.each(fileName, file, lines), columns, messages, parser);
        ImportRun.fileRead();
        return rows;
    }

    private static <T> List<T> rows(Consumer<Consumer<TableFile.Line>> file, List<TableColumn> columns,
                                    Messages messages, Function<TableRow, T> parser) {
        Reading<T> reading = new Reading<>(columns, messages, parser);
        file.accept(reading::line);
        return reading.result();
    }

    /** One file as it is read: its header's positions, then each row parsed or its faults counted. */
    private static final class Reading<T> {
        private final List<TableColumn> columns;
        private final Messages messages;
        private final Function<TableRow, T> parser;
        private final List<RowError> errors = new ArrayList<>();
        private final List<T> rows = new ArrayList<>();
        private Map<TableColumn, Integer> positions;
        private long total;
        private long faultyRows;

        Reading(List<TableColumn> columns, Messages messages, Function<TableRow, T> parser) {
            this.columns = columns;
            this.messages = messages;
            this.parser = parser;
        }

        void line(TableFile.Line line) {
            if (positions == null) {
                positions = positions(line.cells(), columns);
                return;
            }
            ImportRun.row();
            TableRow row = new TableRow(line, positions, messages, e -> {
                if (total++ < RowError.LISTED) {
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

        List<T> result() {
            if (total > 0) {
                throw new RowsRejectedException(errors, faultyRows, total);
            }
            if (rows.isEmpty()) {
                throw new InvalidInputException("tablefile.no-rows", "file");
            }
            return rows;
        }
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
