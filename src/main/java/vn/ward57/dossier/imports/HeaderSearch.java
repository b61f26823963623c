package vn.ward57.dossier.imports;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableReader;

/**
 * Finds a table's header among the first rows of a file: vendor exports put the ward's name, the
 * title, the period and blank rows above it, and some write a header of two rows ("Thời gian" over
 * "Tiếp nhận | Hẹn trả"). The header is the first row whose columns a matcher accepts; when the row
 * under it is accepted too and names more columns, the header is the pair of them. The data rows
 * that follow keep their numbers in the file.
 */
public final class HeaderSearch {

    /** How many rows a header may lie below the top of the file. */
    public static final int ROWS = 30;

    private HeaderSearch() {
    }

    /** A header candidate: its row's cells and those of the row just above it (empty when none). */
    public record Header(List<String> cells, List<String> above) {

        public int size() {
            return cells.size();
        }

        /**
         * The names column i goes by, best first: its own cell, then the cell above joined to it
         * ("Thời gian" + "Tiếp nhận" = "Thời gian Tiếp nhận").
         */
        public List<String> names(int i) {
            String own = cell(cells, i);
            String upper = cell(above, i);
            if (upper.isEmpty() || upper.equals(own)) {
                return own.isEmpty() ? List.of() : List.of(own);
            }
            return own.isEmpty() ? List.of(upper) : List.of(own, upper + " " + own);
        }

        private static String cell(List<String> cells, int i) {
            return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
    }

    /**
     * What a matcher made of a candidate: the layout, or the error saying why not; and how many columns
     * it recognised (when no row is accepted, the error of the row that came closest is reported).
     */
    public record Attempt<T>(T layout, InvalidInputException failure, int recognised) {
    }

    /** The layout the header gave, and the rows after the header. */
    public record Found<T>(T layout, TableReader rows) {
    }

    private record Line(long number, List<String> cells) {
    }

    public static <T> Found<T> find(TableReader reader, Function<Header, Attempt<T>> matcher) throws IOException {
        List<Line> read = new ArrayList<>();
        Attempt<T> closest = null;
        Line previous = null;
        for (List<String> cells = reader.next(); cells != null && read.size() < ROWS; cells = reader.next()) {
            Line line = new Line(reader.rowNumber(), cells);
            read.add(line);
            if (TableReader.blank(cells)) {
                previous = null;
                continue;
            }
            Attempt<T> attempt = matcher.apply(header(line, previous));
            if (attempt.layout() != null) {
                return accepted(reader, matcher, read, line, attempt);
            }
            if (closest == null || attempt.recognised() > closest.recognised()) {
                closest = attempt;
            }
            previous = line;
        }
        if (closest == null) {
            throw new InvalidInputException("import.empty-file", "file");
        }
        throw closest.failure();
    }

    /** The header row is found; the row under it may be a second header row naming more columns. */
    private static <T> Found<T> accepted(TableReader reader, Function<Header, Attempt<T>> matcher, List<Line> read,
                                         Line header, Attempt<T> attempt) throws IOException {
        Deque<Line> rest = new ArrayDeque<>();
        List<String> cells = reader.next();
        if (cells != null) {
            Line under = new Line(reader.rowNumber(), cells);
            Attempt<T> pair = TableReader.blank(cells) ? null : matcher.apply(header(under, header));
            if (pair != null && pair.layout() != null && pair.recognised() > attempt.recognised()) {
                attempt = pair;
            } else {
                rest.add(under);
            }
        }
        return new Found<>(attempt.layout(), new Replay(rest, reader));
    }

    private static Header header(Line line, Line above) {
        boolean adjacent = above != null && above.number() == line.number() - 1;
        return new Header(line.cells(), adjacent ? above.cells() : List.of());
    }

    /** The rows read ahead while looking under the header, then the rest of the file. */
    private static final class Replay implements TableReader {
        private final Deque<Line> ahead;
        private final TableReader rest;
        private long row;

        Replay(Deque<Line> ahead, TableReader rest) {
            this.ahead = ahead;
            this.rest = rest;
        }

        @Override
        public List<String> next() throws IOException {
            Line line = ahead.poll();
            if (line != null) {
                row = line.number();
                return line.cells();
            }
            List<String> cells = rest.next();
            row = rest.rowNumber();
            return cells;
        }

        @Override
        public long rowNumber() {
            return row;
        }

        @Override
        public Integer percentRead() {
            return rest.percentRead();
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }
}
