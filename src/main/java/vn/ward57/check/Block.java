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
 * @param place    where a reader finds it in the uploaded file (page, paragraph, line), or null (ward57's own reports)
 */
public record Block(int index, Kind kind, String heading, String text, List<List<String>> rows, String appendix,
                    Place place) {

    public enum Kind { PARAGRAPH, TABLE }

    /** Where a block is in the file it was read from: "trang 3" of a PDF, "đoạn 12" of a DOCX, "dòng 40" of a text. */
    public record Place(Unit unit, int number) {

        public enum Unit { PAGE, PARAGRAPH, TABLE, LINE }

        /** In Vietnamese, as a reader of the file counts. */
        public String text() {
            String word = switch (unit) {
                case PAGE -> "trang";
                case PARAGRAPH -> "đoạn";
                case TABLE -> "bảng";
                case LINE -> "dòng";
            };
            return word + " " + number;
        }
    }

    public Block {
        heading = heading == null ? "" : heading;
        text = text == null ? "" : text;
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public Block(int index, Kind kind, String heading, String text, List<List<String>> rows, String appendix) {
        this(index, kind, heading, text, rows, appendix, null);
    }

    public static Block paragraph(int index, String heading, String text) {
        return paragraph(index, heading, text, null);
    }

    public static Block paragraph(int index, String heading, String text, Place place) {
        return new Block(index, Kind.PARAGRAPH, heading, text, List.of(), null, place);
    }

    public static Block table(int index, String heading, List<List<String>> rows, String appendix) {
        return table(index, heading, rows, appendix, null);
    }

    public static Block table(int index, String heading, List<List<String>> rows, String appendix, Place place) {
        String text = String.join(" | ", rows.stream().map(r -> String.join(" ; ", r)).toList());
        return new Block(index, Kind.TABLE, heading, text, rows, appendix, place);
    }

    boolean isTable() {
        return kind == Kind.TABLE;
    }
}
