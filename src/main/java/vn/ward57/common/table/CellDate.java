package vn.ward57.common.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A date as a cell of an uploaded file gives it, the one reader of dates for the dossier exports and the
 * registers: ISO {@code 2026-01-15}, {@code 2026-01-15T08:30}, {@code 2026-01-15 08:30[:ss]} (XLSX date cells
 * come out so, {@link XlsxCellText}); Vietnamese {@code 15/01/2026}, {@code 15/1/2026}, {@code 15-01-2026},
 * {@code 15/1/2026 8:30[:ss]}, {@code 08:30 15/01/2026}, {@code 15/01/2026 08 giờ 30}; an Excel serial number
 * ({@code 46213}, {@code 46213.34375}) as a cell without a date format gives it. Anything else, or a day that
 * does not exist (31/02), is no date. Read by hand rather than with DateTimeFormatter: several times faster,
 * and a million dossiers hold four million dates. Whether the text gave a time matters: a date alone stands
 * for the whole day.
 *
 * @param at    the date and time (midnight when the text gave no time)
 * @param timed whether the text gave the time
 */
public record CellDate(LocalDateTime at, boolean timed) {

    /** Excel's day 0 (it counts 1900 as a leap year, so serials from March 1900 on count from here). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    /**
     * Whether this is before other: by the exact time when both gave one, by calendar day when
     * either is a date alone (a date without a time means that whole day).
     */
    public boolean before(CellDate other) {
        return timed && other.timed ? at.isBefore(other.at) : at.toLocalDate().isBefore(other.at.toLocalDate());
    }

    /** The day the text names (its time, if any, left aside), or null when it is no date. */
    public static LocalDate parse(String text) {
        CellDate read = read(text);
        return read == null ? null : read.at.toLocalDate();
    }

    /** The date and time the text names, or null when it is no date. */
    public static CellDate read(String s) {
        try {
            if (s.length() > 2 && (s.charAt(1) == ':' || s.charAt(2) == ':')) {
                return timeFirst(s);
            }
            int slash = s.indexOf('/');
            if (slash > 0) {
                return vietnamese(s, 0, '/', true);
            }
            int dash = s.indexOf('-');
            if (dash == 1 || dash == 2) {
                return vietnamese(s, 0, '-', true);
            }
            return dash < 0 ? serial(s) : iso(s);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static CellDate iso(String s) {
        if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        if (s.length() == 10) {
            return new CellDate(LocalDateTime.of(year, month, day, 0, 0), false);
        }
        char separator = s.charAt(10);
        if (separator != 'T' && separator != ' ') {
            return null;
        }
        return time(s, 11, s.length(), year, month, day, 2);
    }

    /** d/M/yyyy from start, then the end of the text or a space and a time (when timeAllowed). */
    private static CellDate vietnamese(String s, int start, char sep, boolean timeAllowed) {
        int first = s.indexOf(sep, start);
        int second = first < 0 ? -1 : s.indexOf(sep, first + 1);
        if (first < 0 || first - start > 2 || second < 0 || second - first > 3 || second - first < 2) {
            return null;
        }
        int day = digits(s, start, first);
        int month = digits(s, first + 1, second);
        int yearEnd = second + 5;
        int year = s.length() >= yearEnd ? digits(s, second + 1, yearEnd) : -1;
        if (day < 0 || month < 0 || year < 0) {
            return null;
        }
        if (s.length() == yearEnd) {
            return new CellDate(LocalDateTime.of(year, month, day, 0, 0), false);
        }
        if (!timeAllowed || s.charAt(yearEnd) != ' ') {
            return null;
        }
        return time(s, yearEnd + 1, s.length(), year, month, day, 1);
    }

    /** {@code 08:15 10/07/2026}: the time, a space, the date (as some one-stop systems print it). */
    private static CellDate timeFirst(String s) {
        int space = s.indexOf(' ');
        if (space < 0) {
            return null;
        }
        char sep = s.indexOf('/', space) > 0 ? '/' : '-';
        CellDate date = vietnamese(s, space + 1, sep, false);
        if (date == null) {
            return null;
        }
        LocalDateTime day = date.at();
        return time(s, 0, space, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 1);
    }

    /**
     * {@code HH:mm}, {@code HH:mm:ss} or {@code HH giờ mm} between at and end; the hour may have
     * minHourDigits.
     */
    private static CellDate time(String s, int at, int end, int year, int month, int day, int minHourDigits) {
        int colon = s.indexOf(':', at);
        if (colon < 0 || colon >= end) {
            return hourWord(s, at, end, year, month, day);
        }
        int hourDigits = colon - at;
        if (hourDigits < minHourDigits || hourDigits > 2) {
            return null;
        }
        int hour = digits(s, at, colon);
        int rest = end - colon - 1;
        if (rest != 2 && !(rest == 5 && s.charAt(colon + 3) == ':')) {
            return null;
        }
        int minute = digits(s, colon + 1, colon + 3);
        int second = rest == 5 ? digits(s, colon + 4, colon + 6) : 0;
        if (hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        return new CellDate(LocalDateTime.of(year, month, day, hour, minute, second), true);
    }

    /** {@code 08 giờ 15} (the way a letter writes a time), rarely seen: checked last. */
    private static CellDate hourWord(String s, int at, int end, int year, int month, int day) {
        int word = s.indexOf(" giờ ", at);
        if (word < 0 || word + 5 >= end) {
            return null;
        }
        int hour = word - at >= 1 && word - at <= 2 ? digits(s, at, word) : -1;
        int minute = end - word - 5 == 2 ? digits(s, word + 5, end) : -1;
        if (hour < 0 || minute < 0) {
            return null;
        }
        return new CellDate(LocalDateTime.of(year, month, day, hour, minute), true);
    }

    /**
     * An Excel serial: five digits of days (1927 to 2173; a shorter number is a year or a count), an
     * optional fraction of a day. Without one (or with .0) it is a date alone.
     */
    private static CellDate serial(String s) {
        int point = s.indexOf('.');
        int end = point < 0 ? s.length() : point;
        int days = end == 5 ? digits(s, 0, 5) : -1;
        if (days < 10_000) {
            return null;
        }
        LocalDate date = EXCEL_EPOCH.plusDays(days);
        if (point < 0) {
            return new CellDate(date.atStartOfDay(), false);
        }
        int decimals = s.length() - point - 1;
        if (decimals < 1 || decimals > 17 || digits(s, point + 1, point + 1 + Math.min(decimals, 9)) < 0
                || (decimals > 9 && digits(s, point + 10, s.length()) < 0)) {
            return null;
        }
        // to the second, as Excel shows it; a fraction that rounds to the next day is that day's midnight
        long seconds = Math.round(Double.parseDouble(s.substring(point)) * 86_400);
        return new CellDate(date.atStartOfDay().plusSeconds(seconds), seconds != 0);
    }

    /** The number written from start to end (exclusive), or -1 if any character is not a digit. */
    private static int digits(String s, int start, int end) {
        if (start >= end || end > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
