package vn.ward57.common.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.ward57.common.web.Messages;

/**
 * One data row of an imported file, read cell by cell in the register's terms. A cell at fault is
 * reported (row, column, value, why) and read as null, so that every fault of the file is found in
 * one pass; a row with any fault is left out by {@link TableImport}.
 */
public final class TableRow {

    private final TableFile.Line line;
    private final Map<TableColumn, Integer> positions;
    private final Messages messages;
    private final Consumer<RowError> errors;
    private boolean faulty;

    TableRow(TableFile.Line line, Map<TableColumn, Integer> positions, Messages messages, Consumer<RowError> errors) {
        this.line = line;
        this.positions = positions;
        this.messages = messages;
        this.errors = errors;
    }

    /** The row's number as the spreadsheet shows it (the header is row 1). */
    public long number() {
        return line.number();
    }

    boolean faulty() {
        return faulty;
    }

    /** The cell's text as written, stripped; empty when the column is absent or the cell blank. */
    public String raw(TableColumn column) {
        Integer at = positions.get(column);
        List<String> cells = line.cells();
        String cell = at == null || at >= cells.size() ? null : cells.get(at);
        String text = cell == null ? "" : cell.strip();
        // the apostrophe an export puts before text a spreadsheet would run as a formula comes off again
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    /** The text, or null when blank; a blank required cell and a text too long are faults. */
    public String text(TableColumn column) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (column.required()) {
                fault(column, "tablefile.missing");
            }
            return null;
        }
        if (value.length() > column.maxLength()) {
            fault(column, "tablefile.too-long", column.maxLength());
        }
        return value;
    }

    public LocalDate date(TableColumn column) {
        String value = text(column);
        LocalDate date = value == null ? null : CellDate.parse(value);
        if (value != null && date == null) {
            fault(column, "tablefile.bad-date");
        }
        return date;
    }

    /** A count: a whole number, not negative ("1.234" and "1234" alike; "12.0" as an XLSX number gives it). */
    public Long count(TableColumn column) {
        return whole(column, "tablefile.bad-count");
    }

    /** An amount of money in đồng: whole, not negative ("1.056.000.000", "1056000000 đồng"). */
    public Long money(TableColumn column) {
        return whole(column, "tablefile.bad-money");
    }

    /** One of a set of choices, matched by label without regard to case or diacritics. */
    public <E> E choice(TableColumn column, Map<String, E> byLabel) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (var entry : byLabel.entrySet()) {
            if (TableColumn.normalise(entry.getKey()).equals(TableColumn.normalise(value))) {
                return entry.getValue();
            }
        }
        fault(column, "tablefile.bad-choice", String.join(", ", byLabel.keySet()));
        return null;
    }

    /** A fault found by the register (a rule between cells, an unknown code): reported at the column's value. */
    public void fault(TableColumn column, String key, Object... args) {
        faulty = true;
        errors.accept(new RowError(line.number(), column.header(), raw(column), messages.get(key, args)));
    }

    private Long whole(TableColumn column, String key) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String plain = value.replaceAll("(?i)\\s*(đồng|đ|vnd)$", "").replace(" ", "");
        if (plain.matches("\\d{1,3}(\\.\\d{3})+")) {
            plain = plain.replace(".", "");
        }
        try {
            BigDecimal number = new BigDecimal(plain);
            if (number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0) {
                return number.longValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        fault(column, key);
        return null;
    }
}
