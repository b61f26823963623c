package vn.ward57.check;

import java.util.List;

/**
 * One inconsistency in a text.
 *
 * @param quote       the sentence (or table row) that states it
 * @param location    where: the block, its heading, and the number's span
 * @param numbers     the numbers involved as written ("162", "160")
 * @param explanation what is wrong, in Vietnamese
 * @param expected    what the text should state (the system's figure, the sum), or null
 * @param figureCode  the known figure the number names (for "thay bằng số liệu hệ thống"), or null
 * @param link        the page of the records behind it, or null
 * @param replacement what to write in place of the marked number (its span in the block) so that the text states
 *                    the known value, written as the text writes it ("114", "94,80%", "22/12/2024"); null when the
 *                    number cannot simply be swapped (a fraction, a finding of the text's own arithmetic)
 */
public record Finding(Severity severity, Kind kind, String quote, Location location, List<String> numbers,
                      String explanation, String expected, String figureCode, String link, String replacement) {

    public enum Severity { HIGH, MEDIUM, LOW }

    public enum Kind { SUM, RATE, DOUBLE_COUNT, REPEATED_FIGURE, DATE, MAGNITUDE, SYSTEM_MISMATCH, TABLE_TEXT, FORMAT }

    /**
     * @param block    the block's index in the checked text
     * @param heading  its section heading
     * @param start    the first character of the marked number in the block's text
     * @param end      one past its last character
     * @param markFrom the marked number's start within {@code quote}
     * @param markTo   its end within {@code quote}
     */
    public record Location(int block, String heading, int start, int end, int markFrom, int markTo) {
    }

    public Finding {
        numbers = List.copyOf(numbers);
    }

    /** The quote with the marked number between « and ». */
    public String markedQuote() {
        int from = Math.max(0, Math.min(location.markFrom(), quote.length()));
        int to = Math.max(from, Math.min(location.markTo(), quote.length()));
        return quote.substring(0, from) + "«" + quote.substring(from, to) + "»" + quote.substring(to);
    }
}
