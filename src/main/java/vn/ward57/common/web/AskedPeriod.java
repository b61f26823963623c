package vn.ward57.common.web;

import java.time.LocalDate;
import org.springframework.ui.Model;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;

/**
 * The period a page was asked for: a named reporting period (calendar or Decree 09 window), else the
 * dates given (named when they are exactly a period), else this year to today; with what the period picker
 * and the page's heading need.
 */
public record AskedPeriod(LocalDate from, LocalDate to, ReportingPeriod named) {

    public static AskedPeriod of(LocalDate from, LocalDate to, String periodCode) {
        if (periodCode != null && !periodCode.isBlank()) {
            ReportingPeriod named = ReportingPeriod.parse(periodCode);
            return new AskedPeriod(named.from(), named.to(), named);
        }
        LocalDate end = to == null ? WardTime.today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        // dates that are exactly a named period are shown by its name
        return new AskedPeriod(start, end, start.isAfter(end) ? null : ReportingPeriod.exactly(start, end).orElse(null));
    }

    public void addTo(Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("period", named == null ? null : named.code());
        model.addAttribute("periodName", named != null ? named.name()
                : VietnameseFormat.date(from) + " – " + VietnameseFormat.date(to));
    }
}
