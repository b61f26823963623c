package vn.ward57.report.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;

/** A report's period [from, to] and how documents and the indicator catalogue name it. */
record ReportPeriod(LocalDate from, LocalDate to) {

    /** The calendar period (2026-05, 2026Q2, 2026S1, 2026) the dates span exactly, if any. */
    Optional<ReportingPeriod> exactIso() {
        return ReportingPeriod.exactly(from, to).filter(p -> !p.cutOff());
    }

    /** The catalogue period the indicators are read for: the exact one, else the year the period ends in. */
    String indicatorPeriod() {
        return exactIso().map(ReportingPeriod::code).orElse(String.valueOf(to.getYear()));
    }

    /** "tháng 5 năm 2026", "quý II năm 2026", "6 tháng đầu năm 2026", "năm 2026", or "01 năm 06 tháng (từ … đến …)". */
    String phrase() {
        Optional<ReportingPeriod> iso = exactIso();
        if (iso.isPresent()) {
            return VietnameseFormat.periodInText(iso.get());
        }
        String dates = "từ " + VietnameseFormat.date(from) + " đến " + VietnameseFormat.date(to);
        Optional<ReportingPeriod> window = ReportingPeriod.exactly(from, to).filter(ReportingPeriod::cutOff);
        if (window.isPresent()) {
            ReportingPeriod calendar = window.get().calendar();
            return new ReportPeriod(calendar.from(), calendar.to()).phrase() + " (kỳ chốt số liệu " + dates + ")";
        }
        long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
        if (months >= 12 && to.plusDays(1).equals(from.plusMonths(months))) {
            return "%02d năm %02d tháng (%s)".formatted(months / 12, months % 12, dates);
        }
        return dates;
    }
}
