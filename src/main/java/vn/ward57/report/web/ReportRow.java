package vn.ward57.report.web;

import java.time.LocalDate;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import java.time.OffsetDateTime;
import vn.ward57.report.Report;

/**
 * A report as the pages write it: the period "6 tháng đầu năm 2026 (01/01/2026 – 30/6/2026)", or only its
 * dates when they are no reporting period, and the finalising time in the ward's time zone.
 */
public record ReportRow(Report report, String period, String finalisedAt) {

    static ReportRow of(Report r) {
        return new ReportRow(r, period(r.from(), r.to()), time(r.finalisedAt()));
    }

    /** "Quý II/2026 (01/4/2026 – 30/6/2026)"; a cut-off window's name holds its dates; else "01/01/2025 – 30/6/2026". */
    static String period(LocalDate from, LocalDate to) {
        String dates = date(from) + " – " + date(to);
        return ReportingPeriod.exactly(from, to).map(p -> p.cutOff() ? p.name() : p.name() + " (" + dates + ")")
                .orElse(dates);
    }

    static String date(LocalDate d) {
        return VietnameseFormat.date(d);
    }

    /** "14:05 22/6/2026": the time in the ward, then the date. */
    static String time(OffsetDateTime at) {
        return at == null ? null : VietnameseFormat.dateTime(at);
    }
}
