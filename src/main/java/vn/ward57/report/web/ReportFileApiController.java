package vn.ward57.report.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Province;
import vn.ward57.report.domain.ProvinceReports;
import vn.ward57.report.Report;
import vn.ward57.report.domain.ReportFiles;
import vn.ward57.report.domain.ReportService;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Báo cáo — tệp", description = "A report as DOCX (Decree 30 format), its appendices as XLSX, PDF when "
        + "LibreOffice is installed; a province's own templates and its wards' FINAL reports")
class ReportFileApiController {

    private final ReportService reports;
    private final ReportFiles files;
    private final ProvinceReports provinces;
    private final OfficeFiles officeFiles;

    ReportFileApiController(ReportService reports, ReportFiles files, ProvinceReports provinces, OfficeFiles officeFiles) {
        this.reports = reports;
        this.officeFiles = officeFiles;
        this.files = files;
        this.provinces = provinces;
    }

    @GetMapping("/reports/{reportId}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable long reportId) {
        return download(files.docx(reports.wardOf(reportId), reportId));
    }

    @GetMapping("/reports/{reportId}/document.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long reportId) {
        return download(files.xlsx(reports.wardOf(reportId), reportId));
    }

    @GetMapping("/reports/{reportId}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long reportId) {
        return download(files.pdf(reports.wardOf(reportId), reportId));
    }

    @GetMapping("/provinces/{provinceCode}/report-templates")
    List<ProvinceReports.TemplateInfo> templates(Province province) {
        return provinces.templates(province);
    }

    @GetMapping("/provinces/{provinceCode}/report-templates/{kind}")
    ResponseEntity<byte[]> template(Province province, @PathVariable String kind) {
        return download(provinces.template(province, kind));
    }

    @PutMapping("/provinces/{provinceCode}/report-templates/{kind}")
    ProvinceReports.TemplateInfo upload(Province province, @PathVariable String kind,
                                        @RequestParam(required = false) MultipartFile file) {
        return provinces.upload(province, kind, file == null ? null : Uploads.name(file),
                officeFiles.read(file, "file"));
    }

    @DeleteMapping("/provinces/{provinceCode}/report-templates/{kind}")
    ResponseEntity<Void> reset(Province province, @PathVariable String kind) {
        provinces.reset(province, kind);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/provinces/{provinceCode}/reports")
    List<Report> finals(Province province, @RequestParam(required = false) String kind,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return provinces.finals(province, kind, from, to);
    }

    @GetMapping("/provinces/{provinceCode}/reports.zip")
    ResponseEntity<byte[]> zip(Province province, @RequestParam(required = false) String kind,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return download(provinces.zip(province, kind, from, to));
    }

    static ResponseEntity<byte[]> download(ReportFiles.File file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name()).build().toString())
                .body(file.content());
    }
}
