package vn.ward57.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ward57.common.error.InvalidInputException;

/** A reporting period by its ISO code: {@code 2026-05}, {@code 2026Q2}, {@code 2026S1} or {@code 2026}. */
public record IsoPeriod(PeriodType type, String code, LocalDate start, LocalDate end) {

    /** Month, quarter, half-year, year. */
    public enum PeriodType { MONTH, QUARTER, HALF_YEAR, YEAR }

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})|Q(\\d)|S(\\d))?");

    /** The period of a code; a code that names no period is bad input in field "period". */
    public static IsoPeriod parse(String code) {
        Matcher m = code == null ? null : SHAPE.matcher(code);
        if (m == null || !m.matches()) {
            throw new InvalidInputException("period.bad", "period", code);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new InvalidInputException("period.bad", "period", code);
            }
            YearMonth ym = YearMonth.of(year, month);
            return new IsoPeriod(PeriodType.MONTH, code, ym.atDay(1), ym.atEndOfMonth());
        }
        if (m.group(3) != null) {
            int q = Integer.parseInt(m.group(3));
            if (q < 1 || q > 4) {
                throw new InvalidInputException("period.bad", "period", code);
            }
            LocalDate start = LocalDate.of(year, 3 * q - 2, 1);
            return new IsoPeriod(PeriodType.QUARTER, code, start, start.plusMonths(3).minusDays(1));
        }
        if (m.group(4) != null) {
            int s = Integer.parseInt(m.group(4));
            if (s < 1 || s > 2) {
                throw new InvalidInputException("period.bad", "period", code);
            }
            LocalDate start = LocalDate.of(year, 6 * s - 5, 1);
            return new IsoPeriod(PeriodType.HALF_YEAR, code, start, start.plusMonths(6).minusDays(1));
        }
        return new IsoPeriod(PeriodType.YEAR, code, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A running number of the periods of this type: consecutive periods differ by one. */
    public long index() {
        return switch (type) {
            case MONTH -> start.getYear() * 12L + start.getMonthValue() - 1;
            case QUARTER -> start.getYear() * 4L + (start.getMonthValue() - 1) / 3;
            case HALF_YEAR -> start.getYear() * 2L + (start.getMonthValue() - 1) / 6;
            case YEAR -> start.getYear();
        };
    }

    /** The last period of this type in a year (2035-12, 2035Q4, 2035S2, 2035). */
    public static IsoPeriod lastOfYear(PeriodType type, int year) {
        return containing(type, LocalDate.of(year, 12, 31));
    }

    public int year() {
        return start.getYear();
    }

    /** The period of this type that contains the date (used to find "the current period"). */
    public static IsoPeriod containing(PeriodType type, LocalDate day) {
        return switch (type) {
            case MONTH -> parse(YearMonth.from(day).toString());
            case QUARTER -> parse(day.getYear() + "Q" + ((day.getMonthValue() - 1) / 3 + 1));
            case HALF_YEAR -> parse(day.getYear() + "S" + (day.getMonthValue() <= 6 ? 1 : 2));
            case YEAR -> parse(String.valueOf(day.getYear()));
        };
    }
}
