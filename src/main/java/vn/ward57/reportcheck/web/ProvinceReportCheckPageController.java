package vn.ward57.reportcheck.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
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
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Province;
import vn.ward57.org.WardService;
import vn.ward57.reportcheck.domain.FinalReportChecks;
import vn.ward57.reportcheck.ReportCheck;
import vn.ward57.reportcheck.domain.ReportChecks;

/**
 * A province checks the reports it receives: one uploaded (naming its ward to compare the ward's figures), or
 * every FINAL report its wards sent for a period in one go, as a table of wards and findings.
 */
@Controller
@RequestMapping("/provinces/{provinceCode}/report-checks")
class ProvinceReportCheckPageController {

    private final ReportChecks checks;
    private final FinalReportChecks finals;
    private final ReportCheckPages pages;
    private final WardService wards;
    private final Messages messages;

    ProvinceReportCheckPageController(ReportChecks checks, FinalReportChecks finals, ReportCheckPages pages,
                                      WardService wards, Messages messages) {
        this.checks = checks;
        this.finals = finals;
        this.pages = pages;
        this.wards = wards;
        this.messages = messages;
    }

    /** Uploads, the batch form, and a batch's progress and table (the one asked for, else the latest). */
    @GetMapping
    String page(Province province, @RequestParam(required = false) Long batch,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model, HtmxRequest htmx) {
        LocalDate today = WardTime.today();
        model.addAttribute("province", province);
        model.addAttribute("wards", wards.inProvince(province));
        model.addAttribute("checks", checks.list(province));
        model.addAttribute("from", from == null ? today.withDayOfYear(1) : from);
        model.addAttribute("to", to == null ? today : to);
        model.addAttribute("batch", batch == null ? finals.last(province).orElse(null) : finals.batch(province, batch));
        // a running batch's table asks again every few seconds for how far it got
        return htmx.isHtmxRequest() ? "reportcheck/province-checks :: batch" : "reportcheck/province-checks";
    }

    @PostMapping
    String upload(Province province, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String wardCode, @RequestParam(required = false) String period,
                  RedirectAttributes redirect) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            ReportCheck check = checks.checkForProvince(province, wardCode, Uploads.name(file), content, period);
            return "redirect:/provinces/" + province.code() + "/report-checks/" + check.id();
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
            return "redirect:/provinces/" + province.code() + "/report-checks";
        }
    }

    /** Starts checking every FINAL report whose period ends in [from, to]; the page then follows the batch. */
    @PostMapping("/finals")
    String checkFinals(Province province,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       RedirectAttributes redirect) {
        String page = "redirect:/provinces/" + province.code() + "/report-checks";
        try {
            long batch = finals.start(province, from, to);
            redirect.addFlashAttribute("flash", messages.get("report-check.batch-started"));
            return page + "?batch=" + batch + "&from=" + from + "&to=" + to + "#batch";
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
            return page + (from == null || to == null ? "" : "?from=" + from + "&to=" + to);
        }
    }

    @GetMapping("/{checkId}")
    String result(Province province, @PathVariable long checkId, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String severity, Model model, HtmxRequest htmx) {
        model.addAttribute("province", province);
        pages.result(model, checks.ofProvince(province, checkId), new ReportCheckPages.Filter(kind, severity),
                "/provinces/" + province.code() + "/report-checks");
        return htmx.isHtmxRequest() ? "reportcheck/result :: findings" : "reportcheck/result";
    }

    @GetMapping("/{checkId}/findings.xlsx")
    ResponseEntity<byte[]> xlsx(Province province, @PathVariable long checkId, @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String severity) {
        return pages.xlsx(checks.ofProvince(province, checkId), new ReportCheckPages.Filter(kind, severity));
    }
}
