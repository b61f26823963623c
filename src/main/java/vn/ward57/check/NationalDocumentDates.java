package vn.ward57.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The national documents' table ({@link NationalDocuments}) for other modules, so that the dates are kept in
 * one place: the directive register refuses a directive dated before a national document it names (issue 20).
 */
public final class NationalDocumentDates {

    private NationalDocumentDates() {
    }

    /**
     * The national documents whose full number the text names ("Nghị quyết 57-NQ/TW", "57 - nq/tw"), in the
     * table's order; a number inside a longer one ("103/NQ-CP") does not count.
     */
    public static List<KnownDocument> namedIn(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String norm = Words.normalize(text).toUpperCase().replaceAll("\\s*([-/])\\s*", "$1");
        return NationalDocuments.ALL.stream().filter(d -> Pattern.compile("(?<![\\p{L}\\p{N}])"
                + Pattern.quote(NationalDocuments.key(d.number())) + "(?![\\p{L}\\p{N}])").matcher(norm).find())
                .toList();
    }

    /** Whether two numbers are the same document's, as written in different ways ("57-NQ/TW", "57 - nq/tw"). */
    public static boolean sameNumber(String a, String b) {
        return a != null && b != null && NationalDocuments.key(a).equals(NationalDocuments.key(b));
    }
}
