package vn.ward57.reportcheck.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import vn.ward57.reportcheck.CheckedBlock;

/**
 * The report's text as read, cut into pieces so that each finding's number is marked where it stands; a table
 * keeps its rows and cells (the checker's text of a table is its cells joined by " ; " and its rows by " | ").
 */
public record HighlightedText(List<Part> parts) {

    /** A run of text and the findings (their numbers in the list) that mark it; none for plain text. */
    public record Piece(String text, List<Integer> findings, String severity) {

        public boolean marked() {
            return !findings.isEmpty();
        }

        /** The anchor a finding's "xem trong văn bản" goes to: the first mark of the finding. */
        public String anchor() {
            return "mark-" + findings.getFirst();
        }
    }

    /**
     * A block: a section's heading (shown above a block whose section begins without its own heading line), or the
     * heading line itself (headingLine), where it is in the file, and its pieces or table cells.
     */
    public record Part(String heading, boolean headingLine, String place, List<Piece> pieces,
                       List<List<List<Piece>>> rows, boolean marked) {

        public boolean table() {
            return !rows.isEmpty();
        }
    }

    /** A finding's span in a block, and its number in the whole list (1, 2, …). */
    public record Mark(int block, int start, int end, int number, String severity) {
    }

    static HighlightedText of(List<CheckedBlock> blocks, List<Mark> marks) {
        List<Part> parts = new ArrayList<>();
        String heading = null;
        for (int i = 0; i < blocks.size(); i++) {
            CheckedBlock b = blocks.get(i);
            int index = i;
            List<Mark> own = marks.stream().filter(m -> m.block() == index).toList();
            boolean line = !b.table() && !b.heading().isBlank() && b.text().strip().equals(b.heading().strip());
            String shown = line || b.heading().equals(heading) || b.heading().isBlank() ? null : b.heading();
            heading = b.heading();
            List<List<List<Piece>>> rows = b.table() ? cells(b, own) : List.of();
            parts.add(new Part(shown, line, b.place(), rows.isEmpty() ? pieces(b.text(), 0, own) : List.of(), rows,
                    !own.isEmpty()));
        }
        return new HighlightedText(parts);
    }

    /** The text [0, length) of a run that starts at {@code offset} in its block, cut at every mark's ends. */
    static List<Piece> pieces(String text, int offset, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Mark m : marks) {
            cuts.add(Math.clamp(m.start() - offset, 0, text.length()));
            cuts.add(Math.clamp(m.end() - offset, 0, text.length()));
        }
        List<Piece> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int a = from + offset;
            int b = to + offset;
            List<Mark> over = marks.stream().filter(m -> m.start() < b && m.end() > a && m.end() > m.start()).toList();
            String severity = over.stream().map(Mark::severity).sorted(HighlightedText::bySeverity).findFirst().orElse(null);
            out.add(new Piece(text.substring(from, to), over.stream().map(Mark::number).toList(), severity));
        }
        return out;
    }

    /** Each cell's pieces, by the cell's place in the joined text; the joined text itself when it differs. */
    private static List<List<List<Piece>>> cells(CheckedBlock b, List<Mark> marks) {
        List<List<List<Piece>>> rows = new ArrayList<>();
        int at = 0;
        for (List<String> row : b.rows()) {
            List<List<Piece>> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                cells.add(pieces(cell, at, marks));
                at += cell.length() + (c < row.size() - 1 ? 3 : 0);
            }
            rows.add(cells);
            at += 3;
        }
        return at - 3 == b.text().length() ? rows : List.of();
    }

    private static int bySeverity(String a, String b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 1;
            default -> 2;
        };
    }
}
