package vn.ward57.check;

import java.util.ArrayList;
import java.util.List;
import vn.ward57.check.Reading.Form;

/**
 * The cells of a table: the header rows (those above the first row with a number after its first cell), each
 * column's label (a group header spans the empty cells to its right), and each row's label (its first words).
 * A cell holding only a number is a quantity named by its column and row; a number in a cell of words is read
 * as text is.
 */
final class TableCells {

    private final Block block;
    private final List<int[]> offsets = new ArrayList<>();
    private final int headerRows;
    private final List<String> columnLabels;

    TableCells(Block block) {
        this.block = block;
        int at = 0;
        for (List<String> row : block.rows()) {
            int[] starts = new int[row.size() + 1];
            for (int c = 0; c < row.size(); c++) {
                starts[c] = at;
                at += row.get(c).length() + 3;
            }
            starts[row.size()] = at;
            offsets.add(starts);
        }
        int first = block.rows().size();
        for (int i = 0; i < block.rows().size(); i++) {
            List<String> row = block.rows().get(i);
            // data start at the first row with a number after its first cell, or with a row number (STT) first
            if (row.stream().skip(1).anyMatch(TableCells::isNumber) || i > 0 && !row.isEmpty() && row.getFirst().strip().matches("\\d{1,3}")) {
                first = i;
                break;
            }
        }
        headerRows = first;
        columnLabels = labels();
    }

    private List<String> labels() {
        int width = block.rows().stream().mapToInt(List::size).max().orElse(0);
        List<StringBuilder> labels = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            labels.add(new StringBuilder());
        }
        for (int i = 0; i < headerRows; i++) {
            List<String> row = block.rows().get(i);
            String carried = "";
            for (int c = 0; c < width; c++) {
                String cell = c < row.size() ? row.get(c).strip() : "";
                if (!cell.isEmpty()) {
                    carried = cell;
                } else if (i == headerRows - 1 || c == 0) {
                    carried = "";
                }
                if (!carried.isEmpty()) {
                    labels.get(c).append(' ').append(carried);
                }
            }
        }
        return labels.stream().map(b -> b.toString().strip()).toList();
    }

    static boolean isNumber(String cell) {
        String s = cell.strip();
        return !s.isEmpty() && s.matches("(" + NumberReader.NUM + ")\\s*%?");
    }

    Mention.Cell cellAt(Reading r) {
        for (int i = 0; i < offsets.size(); i++) {
            int[] starts = offsets.get(i);
            for (int c = 0; c + 1 < starts.length; c++) {
                if (r.start() >= starts[c] && r.start() < starts[c + 1]) {
                    String cell = block.rows().get(i).get(c);
                    if (i < headerRows || !isNumber(cell)) {
                        return null;
                    }
                    return new Mention.Cell(i, c, label(i, c), rowLabel(i));
                }
            }
        }
        return null;
    }

    private String label(int row, int column) {
        String col = column < columnLabels.size() ? columnLabels.get(column) : "";
        return (col + " " + rowLabel(row)).strip();
    }

    private String rowLabel(int row) {
        return block.rows().get(row).stream().filter(c -> !c.isBlank() && !isNumber(c)).findFirst().orElse("");
    }

    /** A number alone in its cell: a list number in the first column, else a quantity named by its labels. */
    Mention mention(Reading r, Sentence s, Mention.Cell cell) {
        String column = cell.column() < columnLabels.size() ? columnLabels.get(cell.column()) : "";
        boolean listNumber = cell.column() == 0 && (Words.phrase(column).contains(" stt ") || column.isBlank());
        Role role = listNumber ? Role.LIST_NUMBER
                : Classifier.looksAhead(s.block().heading()) ? Role.TARGET : Role.QUANTITY;
        Measure measure = r.form() == Form.PERCENT ? Measure.PERCENT : Measure.COUNT;
        String context = Words.phrase(cell.label());
        return new Mention(s, r, role, measure, false, context, Contexts.qualifiers(context), Scope.NONE, cell);
    }
}
