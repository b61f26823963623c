package vn.ward57.common;

/**
 * What an error message may repeat of a person's input: never more than a few characters, whatever came
 * (a code or a date is short; a megabyte in its place must not come back in the answer).
 */
public final class Echo {

    private Echo() {
    }

    /** The text, or its first max characters followed by "…"; null stays null. */
    public static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
