package vn.ward57.reportcheck.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.io.InputStream;
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
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.reportcheck.ReportCheck;
import vn.ward57.reportcheck.domain.ReportChecks;

/** A ward checks a report before sending it: upload, the list of its checks, and each check's result. */
@Controller
@RequestMapping("/wards/{wardCode}/report-checks")
class WardReportCheckPageController {

    private final ReportChecks checks;
    private final ReportCheckPages pages;
    private final Messages messages;

    WardReportCheckPageController(ReportChecks checks, ReportCheckPages pages, Messages messages) {
        this.checks = checks;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    String list(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("checks", checks.list(ward));
        return "reportcheck/ward-checks";
    }

    /** Checks the file while the officer waits (seconds), then shows the result; a refusal says why. */
    @PostMapping
    String upload(Ward ward, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String period, RedirectAttributes redirect) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            ReportCheck check = checks.checkForWard(ward, Uploads.name(file), content, period);
            return "redirect:/wards/" + ward.code() + "/report-checks/" + check.id();
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
            return "redirect:/wards/" + ward.code() + "/report-checks";
        }
    }

    /** The result, or with htmx only its findings and text under a new filter. */
    @GetMapping("/{checkId}")
    String result(Ward ward, @PathVariable long checkId, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String severity, Model model, HtmxRequest htmx) {
        model.addAttribute("ward", ward);
        pages.result(model, checks.ofWard(ward, checkId), new ReportCheckPages.Filter(kind, severity),
                "/wards/" + ward.code() + "/report-checks");
        return htmx.isHtmxRequest() ? "reportcheck/result :: findings" : "reportcheck/result";
    }

    @GetMapping("/{checkId}/findings.xlsx")
    ResponseEntity<byte[]> xlsx(Ward ward, @PathVariable long checkId, @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String severity) {
        return pages.xlsx(checks.ofWard(ward, checkId), new ReportCheckPages.Filter(kind, severity));
    }
}
