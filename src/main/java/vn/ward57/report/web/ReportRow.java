package vn.ward57.report.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.ward57.common.WardTime;
import vn.ward57.report.Report;

/**
 * A report as the pages write it: the period "01/01/2026 – 30/6/2026" and the finalising time in the
 * ward's time zone.
 */
public record ReportRow(Report report, String period, String finalisedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static ReportRow of(Report r) {
        return new ReportRow(r, period(r.from(), r.to()), time(r.finalisedAt()));
    }

    /** "01/01/2026 – 30/6/2026". */
    static String period(LocalDate from, LocalDate to) {
        return date(from) + " – " + date(to);
    }

    /**
     * Decree 30's way with a date's numbers: the day always with two digits, the month with two only for
     * January and February (so 01/01/2026 but 30/6/2026).
     */
    static String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        int m = d.getMonthValue();
        return "%02d/%s/%d".formatted(d.getDayOfMonth(), m < 3 ? "0" + m : String.valueOf(m), d.getYear());
    }

    /** "14:05 22/6/2026": the time in the ward, then the date. */
    static String time(OffsetDateTime at) {
        if (at == null) {
            return null;
        }
        var local = at.atZoneSameInstant(WardTime.ZONE);
        return local.format(TIME) + " " + date(local.toLocalDate());
    }
}
