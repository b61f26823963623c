package vn.ward57.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text (a .txt upload, text taken from a PDF, Markdown) into paragraphs, tables and headings. A line that
 * runs on (no closing punctuation, the next line in lower case) continues its paragraph, as PDF text breaks
 * sentences at the margin; lines with tabs are table rows.
 */
final class PlainTextReader {

    private static final Pattern HEADING = Pattern.compile(
            "^(?:PHẦN|Phần)\\s+\\d+\\b.*|^[IVX]{1,5}\\.\\s+\\S.*|^[A-Z]\\.\\s+\\p{Lu}.*|^(?:\\d{1,2}\\.\\s*)?(?:PHỤ LỤC|Phụ lục)\\b.*");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-+•*]\\s|\\(?\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|[a-zđ]\\)\\s)");
    private static final Pattern APPENDIX = Pattern.compile("(?i)^(?:\\d{1,2}\\.\\s*)?phụ lục\\s+([IVXLC]+|\\d+)\\b");

    private PlainTextReader() {
    }

    static List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        String heading = "";
        String appendix = null;
        StringBuilder paragraph = new StringBuilder();
        List<List<String>> table = new ArrayList<>();
        for (String raw : text.replace("\r", "").split("\n")) {
            String line = clean(raw);
            if (raw.contains("\t") && !line.isBlank()) {
                heading = flush(blocks, paragraph, heading);
                table.add(Arrays.stream(raw.split("\t", -1)).map(PlainTextReader::clean).toList());
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            if (!table.isEmpty()) {
                blocks.add(Block.table(blocks.size(), heading, List.copyOf(table), appendix));
                table.clear();
            }
            boolean isHeading = isHeading(line);
            if (paragraph.length() > 0 && runsOn(paragraph, line)) {
                paragraph.append(' ').append(line);
                continue;
            }
            heading = flush(blocks, paragraph, heading);
            paragraph.append(line);
            Matcher a = APPENDIX.matcher(line);
            if (isHeading && a.find()) {
                appendix = a.group(1).toUpperCase();
            }
        }
        heading = flush(blocks, paragraph, heading);
        if (!table.isEmpty()) {
            blocks.add(Block.table(blocks.size(), heading, List.copyOf(table), appendix));
        }
        return blocks;
    }

    /** Adds the paragraph; a heading becomes the heading of what follows (and stays a block, for appendix titles). */
    private static String flush(List<Block> blocks, StringBuilder paragraph, String heading) {
        if (paragraph.length() == 0) {
            return heading;
        }
        String text = paragraph.toString().strip();
        paragraph.setLength(0);
        String next = isHeading(text) ? text : heading;
        blocks.add(Block.paragraph(blocks.size(), next, text));
        return next;
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
    private static String clean(String line) {
        return line.replaceAll("^#+\\s*", "").replace("**", "").replace("***", "").replaceAll("</?sup>", " ")
                .replace("$", "").replaceAll("[ \\u00a0]+", " ").strip();
    }
}
