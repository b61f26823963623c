package vn.ward57.report.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.report.ReportKind;
import vn.ward57.report.domain.ReportService;

/**
 * The "draft a new report" form of the list page; its field names are those the service's errors name.
 * A named period (calendar or Decree 09 cut-off window) gives the dates the officer left empty.
 */
public record DraftForm(ReportKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String period) {

    static DraftForm empty() {
        return new DraftForm(ReportKind.NQ57_RESULTS, null, null, null);
    }

    ReportService.Draft draft() {
        ReportingPeriod named = period == null || period.isBlank() ? null : ReportingPeriod.parse(period);
        return new ReportService.Draft(kind == null ? null : kind.name(),
                from == null && named != null ? named.from() : from, to == null && named != null ? named.to() : to);
    }
}
