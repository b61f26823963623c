package vn.ward57.feedback.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The offices' calendar: Monday to Friday minus the public holidays of ward57.holidays (a list of dates
 * and ranges "2026-02-16..2026-02-20"). Make-up Saturdays are not modelled: they are rare and a deadline
 * a day later than the strict count favours the ward only by that day.
 */
@Component
class WorkingDays {

    private final Set<LocalDate> holidays;

    WorkingDays(@Value("${ward57.holidays:}") String holidays) {
        this.holidays = parse(holidays);
    }

    /** A calendar with the given holidays (for tests and tools). */
    public static WorkingDays of(String holidays) {
        return new WorkingDays(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /**
     * The day N working days after the start (the start itself does not count, as in "trong 10 ngày làm
     * việc kể từ ngày tiếp nhận"): received on Friday with 1 day → due Monday.
     */
    public LocalDate plus(LocalDate start, int days) {
        LocalDate day = start;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    static Set<LocalDate> parse(String text) {
        Set<LocalDate> days = new TreeSet<>();
        if (text == null) {
            return days;
        }
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                int range = p.indexOf("..");
                LocalDate from = LocalDate.parse(range < 0 ? p : p.substring(0, range).strip());
                LocalDate to = range < 0 ? from : LocalDate.parse(p.substring(range + 2).strip());
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    days.add(d);
                }
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("ward57.holidays: not a date or range a..b: " + p, e);
            }
        }
        return days;
    }
}
