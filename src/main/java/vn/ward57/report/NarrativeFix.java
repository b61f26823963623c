package vn.ward57.report;

/**
 * "Thay bằng số liệu hệ thống": where a typed number stands in a section's text and what the system's figure
 * writes instead. It is asked back as it was listed; the server checks the text again and writes its own figure.
 *
 * @param section     the section's key ("p1.2.2")
 * @param paragraph   the paragraph of the section (0, 1, …) as the check reads it
 * @param start       the number's first character in the paragraph's text
 * @param end         one past its last
 * @param written     the number as typed ("160", "98,5%", "10/6/2024")
 * @param replacement the system's figure as the report writes it ("114", "94,80%", "22/12/2024")
 */
public record NarrativeFix(String section, int paragraph, int start, int end, String written, String replacement) {

    /** The same place and the same typed number: the figure written instead may be newer. */
    public boolean samePlace(NarrativeFix other) {
        return other != null && section.equals(other.section) && paragraph == other.paragraph && start == other.start
                && end == other.end && written.equals(other.written);
    }
}
