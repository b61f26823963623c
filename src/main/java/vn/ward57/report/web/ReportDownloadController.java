package vn.ward57.report.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.report.ReportFiles;
import vn.ward57.report.ReportService;

/** The report's files for the pages (signed-in session), the same as the API's. */
@Controller
class ReportDownloadController {

    private final ReportService reports;
    private final ReportFiles files;

    ReportDownloadController(ReportService reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping("/wards/{wardCode}/reports/{reportId}/document.{extension}")
    ResponseEntity<byte[]> download(@PathVariable String wardCode, @PathVariable long reportId,
                                    @PathVariable String extension) {
        if (!reports.get(reportId).wardCode().equals(wardCode)) {
            throw new NotFoundException("report.not-found", "id");
        }
        return ReportFileApiController.download(switch (extension) {
            case "docx" -> files.docx(reportId);
            case "xlsx" -> files.xlsx(reportId);
            case "pdf" -> files.pdf(reportId);
            default -> throw new NotFoundException("report.not-found", "extension");
        });
    }
}
