package vn.ward57.report.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.report.domain.ReportFiles;
import vn.ward57.org.Ward;

/** The report's files for the pages (signed-in session), the same as the API's. */
@Controller
class ReportDownloadController {

    private final ReportFiles files;

    ReportDownloadController(ReportFiles files) {
        this.files = files;
    }

    @GetMapping("/wards/{wardCode}/reports/{reportId}/document.{extension}")
    ResponseEntity<byte[]> download(Ward ward, @PathVariable long reportId, @PathVariable String extension) {
        return ReportFileApiController.download(switch (extension) {
            case "docx" -> files.docx(ward, reportId);
            case "xlsx" -> files.xlsx(ward, reportId);
            case "pdf" -> files.pdf(ward, reportId);
            default -> throw new NotFoundException("report.not-found", "extension");
        });
    }
}
