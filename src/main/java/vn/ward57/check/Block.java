package vn.ward57.check;

import java.util.List;

/**
 * One paragraph or table of a checked text.
 *
 * @param index    its position in the text (0, 1, …), used in a finding's location
 * @param heading  the section heading it stands under ("IV. VỀ CHUYỂN ĐỔI SỐ"), "" before the first one
 * @param text     the paragraph's words; for a table, its cells joined (for quoting)
 * @param rows     a table's rows of cells (the first rows may be headers); empty for a paragraph
 * @param appendix the appendix a table belongs to ("IV" of "Phụ lục IV"), or null
 */
public record Block(int index, Kind kind, String heading, String text, List<List<String>> rows, String appendix) {

    public enum Kind { PARAGRAPH, TABLE }

    public Block {
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public static Block paragraph(int index, String heading, String text) {
        return new Block(index, Kind.PARAGRAPH, heading, text, List.of(), null);
    }

    public static Block table(int index, String heading, List<List<String>> rows, String appendix) {
        String text = String.join(" | ", rows.stream().map(r -> String.join(" ; ", r)).toList());
        return new Block(index, Kind.TABLE, heading, text, rows, appendix);
    }

    boolean isTable() {
        return kind == Kind.TABLE;
    }
}
