package vn.ward57.report.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Instant;
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
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.Ward;
import vn.ward57.report.domain.NarrativeFixes;
import vn.ward57.report.Report;
import vn.ward57.report.domain.ReportService;

/** One report: its frame, the sections' editors, the checks panel and finalising. */
@Controller
@RequestMapping("/wards/{wardCode}/reports/{reportId}")
class ReportEditorController {

    private final ReportService reports;
    private final ReportPages pages;
    private final PageForms forms;
    private final Messages messages;
    private final NarrativeFixes fixes;

    ReportEditorController(ReportService reports, ReportPages pages, PageForms forms, Messages messages,
                           NarrativeFixes fixes) {
        this.reports = reports;
        this.pages = pages;
        this.forms = forms;
        this.messages = messages;
        this.fixes = fixes;
    }

    @GetMapping
    String report(Ward ward, @PathVariable long reportId, Model model) {
        pages.page(model, ward, reports.get(ward, reportId));
        return ReportPages.PAGE;
    }

    /** The frame form: saved and back to the page, or the page again with the errors beside the fields. */
    @PostMapping
    String header(Ward ward, @PathVariable long reportId,
                  @ModelAttribute("header") HeaderFields fields, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Report report = reports.get(ward, reportId);
        if (forms.attempt(errors, () -> reports.updateHeader(ward, reportId, fields.form()))) {
            forms.flash(redirect, "report.header-saved");
            return "redirect:" + address(ward, reportId);
        }
        pages.page(model, ward, report);
        return ReportPages.PAGE;
    }

    /** A section's text from its editor (htmx): the section again, saying when it was saved or why not. */
    @PostMapping("/sections/{sectionKey}")
    String section(Ward ward, @PathVariable long reportId, @PathVariable String sectionKey,
                   @RequestParam(required = false) String html, Model model, HtmxRequest htmx,
                   RedirectAttributes redirect) {
        Report report = reports.get(ward, reportId);
        SectionView section;
        try {
            section = SectionView.of(reports.saveSection(ward, reportId, sectionKey, html), true);
            model.addAttribute("savedAt", VietnameseFormat.time(Instant.now()));
        } catch (InvalidInputException | ConflictException e) {
            // the text stays in the editor as the officer wrote it, with the reason it was not saved
            section = reports.sections(ward, reportId).stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                    .map(s -> SectionView.unsaved(s, html))
                    .orElseThrow();
            model.addAttribute("sectionError", messages.get(e));
        }
        if (!htmx.isHtmxRequest()) {
            if (model.containsAttribute("sectionError")) {
                redirect.addFlashAttribute("flashError", model.getAttribute("sectionError"));
            } else {
                forms.flash(redirect, "report.section-saved-flash", section.heading());
            }
            return "redirect:" + address(ward, reportId) + "#section-" + sectionKey;
        }
        pages.frame(model, ward, report);
        model.addAttribute("s", section);
        return ReportPages.PAGE + " :: report-section";
    }

    /** The checks panel again (htmx "Kiểm tra lại"); without htmx, the page. */
    @GetMapping("/checks")
    String checks(Ward ward, @PathVariable long reportId, Model model, HtmxRequest htmx) {
        Report report = reports.get(ward, reportId);
        if (!htmx.isHtmxRequest()) {
            return "redirect:" + address(ward, reportId) + "#report-checks";
        }
        pages.checks(model, ward, report);
        return ReportPages.PAGE + " :: checks";
    }

    /**
     * "Thay bằng số liệu hệ thống" on a problem of the checks panel: htmx gets the panel checked again (saying what
     * was replaced, or why nothing was) with the section swapped in, whose editor held the old text; without
     * htmx, the page.
     */
    @PostMapping("/checks/fix")
    String fix(Ward ward, @PathVariable long reportId, @ModelAttribute FixFields fields,
               Model model, HtmxRequest htmx, RedirectAttributes redirect) {
        reports.get(ward, reportId);
        String done = null;
        String error = null;
        NarrativeFixes.Replaced replaced = null;
        try {
            replaced = fixes.replace(ward, reportId, fields.fix());
            done = messages.get("report.fixed", replaced.fix().written(), replaced.fix().replacement(),
                    replaced.section().heading());
        } catch (InvalidInputException | ConflictException e) {
            error = messages.get(e);
        }
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute(error == null ? "flash" : "flashError", error == null ? done : error);
            return "redirect:" + address(ward, reportId) + "#report-checks";
        }
        pages.checks(model, ward, reports.get(ward, reportId));
        model.addAttribute("fixed", done);
        model.addAttribute("fixError", error);
        if (replaced != null) {
            model.addAttribute("fixedSection", SectionView.of(replaced.section(), true));
        }
        return ReportPages.PAGE + " :: checks";
    }

    /** A leader finalises; a refusal (HIGH problems, a missing reason) comes back as the flash message. */
    @PostMapping("/finalise")
    String finalise(Ward ward, @PathVariable long reportId, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        reports.get(ward, reportId);
        try {
            reports.finalise(ward, reportId, reason);
            forms.flash(redirect, "report.finalised");
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:" + address(ward, reportId);
    }

    private static String address(Ward ward, long reportId) {
        return "/wards/" + ward.code() + "/reports/" + reportId;
    }
}
