package vn.ward57.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.check.Block.Place;

/**
 * Plain text (a .txt upload, text taken from a PDF, Markdown) into paragraphs, tables and headings. A line that
 * runs on (no closing punctuation, the next line in lower case) continues its paragraph, as PDF text breaks
 * sentences at the margin; lines with tabs are table rows.
 */
final class PlainTextReader {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:PHẦN|Phần)\\s+\\d+\\b.*|^[IVX]{1,5}\\.\\s+\\S.*|^[A-Z]\\.\\s+\\p{Lu}.*|^(?:\\d{1,2}\\.\\s*)?(?:PHỤ LỤC|Phụ lục)\\b.*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-+•*]\\s|\\(?\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|[a-zđ]\\)\\s)");
    private static final Pattern APPENDIX = Pattern.compile("(?iu)^(?:\\d{1,2}\\.\\s*)?phụ lục\\s+([IVXLC]+|\\d+)\\b");

    /**
     * One line of the text and where it is; {@code heading} when the file itself marks it so (a Markdown "#").
     */
    record Line(String raw, Place place, boolean heading) {
    }

    private PlainTextReader() {
    }

    /** Each line's place is its line number. */
    static List<Block> read(String text) {
        String[] raw = text.replace("\r", "").split("\n");
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            lines.add(new Line(raw[i], new Place(Place.Unit.LINE, i + 1), false));
        }
        return read(lines);
    }

    static List<Block> read(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        String heading = "";
        String appendix = null;
        Paragraph paragraph = new Paragraph();
        List<List<String>> table = new ArrayList<>();
        Place tablePlace = null;
        for (Line l : lines) {
            String raw = l.raw();
            String line = clean(raw);
            if (raw.contains("\t") && !line.isBlank()) {
                heading = paragraph.flush(blocks, heading);
                tablePlace = table.isEmpty() ? l.place() : tablePlace;
                table.add(Arrays.stream(raw.split("\t", -1)).map(PlainTextReader::clean).toList());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (!table.isEmpty()) {
                blocks.add(Block.table(blocks.size(), heading, List.copyOf(table), appendix, tablePlace));
                table.clear();
            }
            boolean isHeading = l.heading() || isHeading(line);
            if (!l.heading() && paragraph.text.length() > 0 && !paragraph.heading && runsOn(paragraph.text, line)) {
                paragraph.text.append(' ').append(line);
                continue;
            }
            heading = paragraph.flush(blocks, heading);
            paragraph.start(line, l.place(), l.heading());
            String title = appendixOf(line);
            if (isHeading && title != null) {
                appendix = title;
            }
        }
        heading = paragraph.flush(blocks, heading);
        if (!table.isEmpty()) {
            blocks.add(Block.table(blocks.size(), heading, List.copyOf(table), appendix, tablePlace));
        }
        return blocks;
    }

    /** The paragraph being read: its text so far, where it starts, and whether the file marks it a heading. */
    private static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private Place place;
        private boolean heading;

        void start(String line, Place at, boolean marked) {
            text.append(line);
            place = at;
            heading = marked;
        }

        /** Adds the paragraph; a heading becomes the heading of what follows (and stays a block, for appendix titles). */
        String flush(List<Block> blocks, String current) {
            if (text.length() == 0) {
                return current;
            }
            String s = text.toString().strip();
            text.setLength(0);
            String next = heading || isHeading(s) ? s : current;
            blocks.add(Block.paragraph(blocks.size(), next, s, place));
            return next;
        }
    }

    /** The appendix a title names ("II" of "Phụ lục II …"), or null. */
    static String appendixOf(String line) {
        Matcher a = APPENDIX.matcher(line);
        return a.find() ? a.group(1).toUpperCase() : null;
    }

    static boolean isHeading(String line) {
        if (line.length() > 160) {
            return false;
        }
        if (HEADING.matcher(line).matches()) {
            return !line.contains("kèm theo");
        }
        long letters = line.chars().filter(Character::isLetter).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        return letters >= 8 && upper >= letters * 0.85;
    }

    /**
     * PDF text breaks lines inside sentences: a line continues the paragraph unless the paragraph closed
     * (. : ; ! ?) or the line opens a list item or a heading.
     */
    private static boolean runsOn(StringBuilder paragraph, String line) {
        char last = paragraph.charAt(paragraph.length() - 1);
        if (isHeading(paragraph.toString())) {
            return line.equals(line.toUpperCase()) && !HEADING.matcher(line).matches() && ".:;!?".indexOf(last) < 0;
        }
        return ".:;!?".indexOf(last) < 0 && !isHeading(line) && !LIST_ITEM.matcher(line).find();
    }

    /** Markdown marks and LaTeX dollars dropped; spaces collapsed. */
    static String clean(String line) {
        return line.replaceAll("^#+\\s*", "").replace("**", "").replace("***", "").replaceAll("</?sup>", " ")
                .replace("$", "").replaceAll("[ \\u00a0]+", " ").strip();
    }
}
