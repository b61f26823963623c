package vn.ward57.common;

/** Rules for the stable codes that name provinces, wards, units and residential groups. */
public final class Codes {

    /** Letters without diacritics, digits, dot, dash and underscore; starts with a letter or digit. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    public static final int MAX_CODE = 50;
    public static final int MAX_NAME = 200;

    private Codes() {
    }
}
