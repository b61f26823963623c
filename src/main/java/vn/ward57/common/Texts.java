package vn.ward57.common;

/** What a person typed in a free-text field, read the same way everywhere. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding spaces, or null when there is none (an empty field means "not given"). */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The constant the text names, whatever its case and spaces around it ("red " is RED); null when none. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text) {
        String name = text == null ? "" : text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        return null;
    }
}
