package vn.ward57.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ward57.common.error.InvalidInputException;

/**
 * A reporting period: a calendar month, quarter, half-year or year, or the same period's cut-off window
 * of Nghị định 09/2019/NĐ-CP, Art. 12 (figures closed on the 14th: a month runs from the 15th of the month
 * before to the 14th, a quarter from the 15th of the month before it to the 14th of its last month, the
 * first half-year from 15/12 of the year before to 14/6, the year from 15/12 to 14/12). The Decree sets
 * no window for the second half-year: the year's report covers it.
 *
 * <p>Its code is the ISO code ({@code 2026-11}, {@code 2026Q4}, {@code 2026S1}, {@code 2026}), followed
 * by {@code C} for the cut-off window ({@code 2026-11C}).
 */
public record ReportingPeriod(Kind kind, int year, int number, boolean cutOff) {

    public enum Kind { MONTH, QUARTER, HALF_YEAR, YEAR }

    public ReportingPeriod {
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case YEAR -> 1;
        };
        if (year < 1900 || year > 9999 || number < 1 || number > max
                || (cutOff && kind == Kind.HALF_YEAR && number == 2)) {
            throw new IllegalArgumentException("no such period");
        }
    }

    /**
     * The period of a code or of its name as people write it ("Tháng 11/2026", "Quý IV/2026", "6 tháng đầu
     * năm 2026", "Năm 2026", "11/2026"; see {@link PeriodText}); a text that names none is bad input in field
     * "period".
     */
    public static ReportingPeriod parse(String code) {
        return PeriodText.parse(code);
    }

    /**
     * A calendar period only (2026-05, 2026Q2, 2026S1, 2026), as an indicator's values are kept: a window
     * or any other code is bad input in field "period".
     */
    public static ReportingPeriod parseCalendar(String code) {
        String text = code == null ? "" : Echo.cut(code.strip(), 20);
        try {
            ReportingPeriod p = parse(code);
            if (!p.cutOff()) {
                return p;
            }
        } catch (InvalidInputException e) {
            // the calendar message below names the calendar codes only
        }
        throw new InvalidInputException("period.bad", "period", text);
    }

    /** The calendar period of this kind containing the day. */
    public static ReportingPeriod containing(Kind kind, LocalDate day) {
        int number = switch (kind) {
            case MONTH -> day.getMonthValue();
            case QUARTER -> (day.getMonthValue() - 1) / 3 + 1;
            case HALF_YEAR -> day.getMonthValue() <= 6 ? 1 : 2;
            case YEAR -> 1;
        };
        return new ReportingPeriod(kind, day.getYear(), number, false);
    }

    /** The last calendar period of this kind in a year (2035-12, 2035Q4, 2035S2, 2035). */
    public static ReportingPeriod lastOfYear(Kind kind, int year) {
        return containing(kind, LocalDate.of(year, 12, 31));
    }

    /** A running number of the periods of this kind: consecutive periods differ by one. */
    public long index() {
        long perYear = 12 / months();
        return year * perYear + number - 1;
    }

    /** The last day of the calendar period. */
    private LocalDate calendarEnd() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, 3 * number).atEndOfMonth();
            case HALF_YEAR -> YearMonth.of(year, 6 * number).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    private int months() {
        return switch (kind) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
        };
    }

    /** The calendar period a cut-off window closes the figures of (itself when it is one). */
    public ReportingPeriod calendar() {
        return new ReportingPeriod(kind, year, number, false);
    }

    /** The first day, inclusive. */
    public LocalDate from() {
        LocalDate firstOfLastMonth = calendarEnd().withDayOfMonth(1);
        LocalDate calendarStart = firstOfLastMonth.minusMonths(months() - 1L);
        return cutOff ? calendarStart.minusMonths(1).withDayOfMonth(15) : calendarStart;
    }

    /** The last day, inclusive. */
    public LocalDate to() {
        return cutOff ? calendarEnd().withDayOfMonth(14) : calendarEnd();
    }

    public String code() {
        String iso = switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> year + "Q" + number;
            case HALF_YEAR -> year + "S" + number;
            case YEAR -> String.valueOf(year);
        };
        return cutOff ? iso + "C" : iso;
    }

    /** "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026"; a window adds its dates. */
    public String name() {
        String name = VietnameseFormat.period(this);
        return cutOff ? name + " (kỳ chốt số liệu " + VietnameseFormat.date(from()) + " – "
                + VietnameseFormat.date(to()) + ")" : name;
    }

    /** The period whose dates are exactly [from, to], if any (a calendar period before a window). */
    public static java.util.Optional<ReportingPeriod> exactly(LocalDate from, LocalDate to) {
        for (Kind kind : Kind.values()) {
            // a calendar period ends at a month's end, a window on the 14th: the period's last month is to's
            YearMonth last = YearMonth.from(to);
            int number = switch (kind) {
                case MONTH -> last.getMonthValue();
                case QUARTER -> (last.getMonthValue() + 2) / 3;
                case HALF_YEAR -> (last.getMonthValue() + 5) / 6;
                case YEAR -> 1;
            };
            for (ReportingPeriod p : both(kind, to.getYear(), number)) {
                if (p.from().equals(from) && p.to().equals(to)) {
                    return java.util.Optional.of(p);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The calendar period and its cut-off window (when the Decree sets one), in that order. */
    private static List<ReportingPeriod> both(Kind kind, int year, int number) {
        List<ReportingPeriod> both = new ArrayList<>(2);
        both.add(new ReportingPeriod(kind, year, number, false));
        if (!(kind == Kind.HALF_YEAR && number == 2)) {
            both.add(new ReportingPeriod(kind, year, number, true));
        }
        return both;
    }

    /**
     * The periods a picker offers around a day, newest first: the months of its year and the year before,
     * the quarters, half-years and years of both, each as calendar period and cut-off window.
     */
    public static List<ReportingPeriod> choicesAround(LocalDate day) {
        List<ReportingPeriod> choices = new ArrayList<>();
        for (int year = day.getYear(); year >= day.getYear() - 1; year--) {
            choices.addAll(both(Kind.YEAR, year, 1));
            for (int h = 2; h >= 1; h--) {
                choices.addAll(both(Kind.HALF_YEAR, year, h));
            }
            for (int q = 4; q >= 1; q--) {
                choices.addAll(both(Kind.QUARTER, year, q));
            }
            for (int m = 12; m >= 1; m--) {
                choices.addAll(both(Kind.MONTH, year, m));
            }
        }
        return choices.stream().filter(p -> !p.from().isAfter(day)).toList();
    }
}
