package vn.ward57.report.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;
import vn.ward57.common.files.OfficeFiles;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Province;
import vn.ward57.report.domain.ProvinceReports;
import vn.ward57.report.Report;
import vn.ward57.report.ReportKind;

/** The province's page for reports: its own Word templates, and its wards' FINAL reports of a period. */
@Controller
@RequestMapping("/provinces/{provinceCode}/reports")
class ProvinceReportPageController {

    private final ProvinceReports reports;
    private final Messages messages;
    private final OfficeFiles officeFiles;

    ProvinceReportPageController(ProvinceReports reports, Messages messages, OfficeFiles officeFiles) {
        this.officeFiles = officeFiles;
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping
    String page(Province province, @RequestParam(required = false) String kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = WardTime.today();
        LocalDate f = from == null ? today.withDayOfYear(1) : from;
        LocalDate t = to == null ? today : to;
        String k = kind == null || kind.isBlank() ? ReportKind.NQ57_RESULTS.name() : kind;
        model.addAttribute("province", province);
        model.addAttribute("templates", reports.templates(province));
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("kind", k);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        List<Report> finals = List.of();
        try {
            finals = reports.finals(province, k, f, t);
        } catch (Ward57Exception e) {
            model.addAttribute("flashError", messages.get(e));
        }
        model.addAttribute("finals", finals.stream().map(ReportRow::of).toList());
        return "report/province-reports";
    }

    @PostMapping("/templates/{kind}")
    String upload(Province province, @PathVariable String kind,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            reports.upload(province, kind, file == null ? null : Uploads.name(file),
                    officeFiles.read(file, "file"));
            redirect.addFlashAttribute("flash", messages.get("report.template-saved", kind));
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/provinces/" + province.code() + "/reports";
    }

    @PostMapping("/templates/{kind}/reset")
    String reset(Province province, @PathVariable String kind, RedirectAttributes redirect) {
        reports.reset(province, kind);
        redirect.addFlashAttribute("flash", messages.get("report.template-reset", kind));
        return "redirect:/provinces/" + province.code() + "/reports";
    }

    @GetMapping("/templates/{kind}.docx")
    ResponseEntity<byte[]> template(Province province, @PathVariable String kind) {
        return ReportFileApiController.download(reports.template(province, kind));
    }

    @GetMapping("/collected.zip")
    ResponseEntity<byte[]> zip(Province province, @RequestParam String kind,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ReportFileApiController.download(reports.zip(province, kind, from, to));
    }
}
