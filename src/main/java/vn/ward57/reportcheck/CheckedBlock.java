package vn.ward57.reportcheck;

import java.util.List;

/**
 * A paragraph or table of a checked report as it was read, kept to show each finding where it stands.
 *
 * @param rows a table's rows of cells; empty for a paragraph
 */
public record CheckedBlock(String heading, String text, String place, List<List<String>> rows) {

    public CheckedBlock {
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public boolean table() {
        return !rows.isEmpty();
    }
}
