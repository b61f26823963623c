package vn.ward57.report.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ward57.report.ReportKind;
import vn.ward57.report.ReportService;

/** The "draft a new report" form of the list page; its field names are those the service's errors name. */
public record DraftForm(ReportKind kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static DraftForm empty() {
        return new DraftForm(ReportKind.NQ57_RESULTS, null, null);
    }

    ReportService.Draft draft() {
        return new ReportService.Draft(kind == null ? null : kind.name(), from, to);
    }
}
