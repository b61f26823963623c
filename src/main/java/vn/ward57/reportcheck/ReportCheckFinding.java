package vn.ward57.reportcheck;

import java.util.List;

/**
 * One inconsistency of a checked report, as the API gives it (issue 24's field names).
 *
 * @param quote       the sentence, or the table row, that states it
 * @param location    where it stands in the file
 * @param numbers     the numbers involved as written ("162", "160")
 * @param explanation what is wrong, in Vietnamese
 * @param expected    what the text should state, or null
 */
public record ReportCheckFinding(String severity, String kind, String quote, Location location, List<String> numbers,
                                 String explanation, String expected) {

    public ReportCheckFinding {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /**
     * @param place    the page, paragraph, table or line of the file ("trang 3", "đoạn 12"), or null
     * @param heading  the section heading it stands under, "" before the first one
     * @param block    the paragraph's or table's index in the text read (0, 1, …)
     * @param start    the first character of the marked number in that block's text
     * @param end      one past its last character
     * @param markFrom the marked number's start within {@code quote}
     * @param markTo   its end within {@code quote}
     */
    public record Location(String place, String heading, int block, int start, int end, int markFrom, int markTo) {
    }
}
