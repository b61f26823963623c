package vn.ward57.reportcheck.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.web.Uploads;
import vn.ward57.reportcheck.ReportCheck;
import vn.ward57.reportcheck.domain.ReportChecks;

@RestController
@Tag(name = "Kiểm tra báo cáo", description = "Checks the figures of an uploaded report (Word, PDF, text)")
class ReportCheckApiController {

    private final ReportChecks checks;

    ReportCheckApiController(ReportChecks checks) {
        this.checks = checks;
    }

    /** The answer to an upload: the check's number. */
    record Created(long id) {
    }

    @Operation(summary = "Check a report",
            description = "multipart: file (DOCX, PDF with a text layer, TXT or Markdown, up to 20 MB); wardCode, the "
                    + "ward whose report it is (its figures of the report's period are compared); period, the report's "
                    + "period (2026-11, 2026Q4, 'Quý IV/2026'), read from the report's opening when absent; provinceCode "
                    + "for a province's staff holding several provinces. 201 with the check's id once it is checked.")
    @PostMapping(path = "/api/v1/report-checks", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> create(@RequestParam(required = false) MultipartFile file,
                                   @RequestParam(required = false) String wardCode,
                                   @RequestParam(required = false) String provinceCode,
                                   @RequestParam(required = false) String period) throws IOException {
        ReportCheck check;
        try (InputStream content = Uploads.content(file)) {
            check = checks.check(wardCode, provinceCode, Uploads.name(file), content, period);
        }
        return ResponseEntity.created(URI.create("/api/v1/report-checks/" + check.id())).body(new Created(check.id()));
    }

    @Operation(summary = "A check's findings",
            description = "status (DONE) and findings: severity (HIGH, MEDIUM, LOW), kind (SUM, RATE, DOUBLE_COUNT, "
                    + "REPEATED_FIGURE, DATE, MAGNITUDE, SYSTEM_MISMATCH, TABLE_TEXT, FORMAT), quote, location (place: "
                    + "page, paragraph, table or line; heading), numbers, explanation, expected.")
    @GetMapping("/api/v1/report-checks/{checkId}")
    ReportCheck get(@PathVariable long checkId) {
        return checks.get(checkId);
    }
}
