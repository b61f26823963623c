package vn.ward57.common.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as a file gives it: ISO 2026-01-15 (with a time, as XLSX date cells come out) or 15/01/2026, 15/1/2026. */
public final class CellDate {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T\\d{2}:\\d{2}(:\\d{2})?)?");
    private static final Pattern VIETNAMESE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private CellDate() {
    }

    /** The date, or null when the text is no date or names a day that does not exist (31/02). */
    public static LocalDate parse(String text) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher vn = VIETNAMESE.matcher(text);
            if (vn.matches()) {
                return LocalDate.of(Integer.parseInt(vn.group(3)), Integer.parseInt(vn.group(2)),
                        Integer.parseInt(vn.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
