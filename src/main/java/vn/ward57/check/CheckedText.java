package vn.ward57.check;

import java.util.List;

/**
 * The text to check: its paragraphs and tables in reading order, each with its section heading. ward57's own
 * reports build it from their sections and appendices; an uploaded document (issue 24) from its paragraphs.
 */
public record CheckedText(List<Block> blocks) {

    public CheckedText {
        blocks = List.copyOf(blocks);
    }

    /**
     * Reads plain text: a blank line or a line break ends a paragraph unless the line runs on (PDF text broken
     * mid-sentence); lines with tabs form a table; a short line in capitals or numbered with a Roman numeral
     * ("II. …", "Phần 2") is a heading.
     */
    public static CheckedText ofPlainText(String text) {
        return new CheckedText(PlainTextReader.read(text));
    }
}
