package vn.ward57.report.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.report.Report;
import vn.ward57.report.ReportKind;
import vn.ward57.report.domain.ReportService;

/** The ward's reports: the list with its filters, drafting a new one, deleting a draft. */
@Controller
@RequestMapping("/wards/{wardCode}/reports")
class ReportPageController {

    private static final String PAGE = "report/reports";

    private final WardAccess access;
    private final ReportService reports;
    private final PageForms forms;

    ReportPageController(WardAccess access, ReportService reports, PageForms forms) {
        this.access = access;
        this.reports = reports;
        this.forms = forms;
    }

    /** The page, or for htmx (the filters) its list. */
    @GetMapping
    String list(Ward ward, @RequestParam(required = false) ReportKind kind,
                @RequestParam(required = false) Report.Status status, Model model, HtmxRequest htmx) {
        fill(ward, kind, status, model);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", DraftForm.empty());
        }
        return htmx.isHtmxRequest() ? PAGE + " :: list" : PAGE;
    }

    @PostMapping
    String create(Ward ward, @ModelAttribute("draft") DraftForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Optional<Report> made = forms.save(errors, () -> reports.create(ward, form.draft()));
        if (made.isPresent()) {
            forms.flash(redirect, "report.created");
            return "redirect:/wards/" + ward.code() + "/reports/" + made.get().id();
        }
        fill(ward, null, null, model);
        return PAGE;
    }

    /** From the list (htmx: the list again) or from the report's page (back to the list). */
    @PostMapping("/{reportId}/delete")
    String delete(Ward ward, @PathVariable long reportId, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        reports.delete(ward, reportId);       // a FINAL report is refused (409); no page offers to delete one
        fill(ward, null, null, model);
        return forms.respond(true, "report.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/reports");
    }

    private void fill(Ward ward, ReportKind kind, Report.Status status, Model model) {
        List<ReportRow> rows = reports.list(ward).stream()
                .filter(r -> kind == null || r.kind() == kind)
                .filter(r -> status == null || r.status() == status)
                .map(ReportRow::of).toList();
        model.addAttribute("ward", ward);
        model.addAttribute("rows", rows);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("statuses", Report.Status.values());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("canEdit", access.canEnterData(ward));
    }
}
