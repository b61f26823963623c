package vn.ward57.common;

/** What a person typed in a free-text field, read the same way everywhere. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding spaces, or null when there is none (an empty field means "not given"). */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
