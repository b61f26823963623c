package vn.ward57.report.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
import vn.ward57.common.WardTime;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PageForms;
import vn.ward57.report.NarrativeFixes;
import vn.ward57.report.Report;
import vn.ward57.report.ReportService;

/** One report: its frame, the sections' editors, the checks panel and finalising. */
@Controller
@RequestMapping("/wards/{wardCode}/reports/{reportId}")
class ReportEditorController {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

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
    String report(@PathVariable String wardCode, @PathVariable long reportId, Model model) {
        pages.page(model, pages.report(wardCode, reportId));
        return ReportPages.PAGE;
    }

    /** The frame form: saved and back to the page, or the page again with the errors beside the fields. */
    @PostMapping
    String header(@PathVariable String wardCode, @PathVariable long reportId,
                  @ModelAttribute("header") HeaderFields fields, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Report report = pages.report(wardCode, reportId);
        if (forms.attempt(errors, () -> reports.updateHeader(reportId, fields.form()))) {
            forms.flash(redirect, "report.header-saved");
            return "redirect:/wards/" + wardCode + "/reports/" + reportId;
        }
        pages.page(model, report);
        return ReportPages.PAGE;
    }

    /** A section's text from its editor (htmx): the section again, saying when it was saved or why not. */
    @PostMapping("/sections/{sectionKey}")
    String section(@PathVariable String wardCode, @PathVariable long reportId, @PathVariable String sectionKey,
                   @RequestParam(required = false) String html, Model model, HttpServletRequest request,
                   RedirectAttributes redirect) {
        Report report = pages.report(wardCode, reportId);
        SectionView section;
        try {
            section = SectionView.of(reports.saveSection(reportId, sectionKey, html), true);
            model.addAttribute("savedAt", ZonedDateTime.now(WardTime.ZONE).format(HOUR_MINUTE));
        } catch (InvalidInputException | ConflictException e) {
            // the text stays in the editor as the officer wrote it, with the reason it was not saved
            section = reports.sections(reportId).stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                    .map(s -> SectionView.unsaved(s, html))
                    .orElseThrow();
            model.addAttribute("sectionError", messages.get(e));
        }
        if (!Htmx.isHtmx(request)) {
            if (model.containsAttribute("sectionError")) {
                redirect.addFlashAttribute("flashError", model.getAttribute("sectionError"));
            } else {
                forms.flash(redirect, "report.section-saved-flash", section.heading());
            }
            return "redirect:/wards/" + wardCode + "/reports/" + reportId + "#section-" + sectionKey;
        }
        pages.frame(model, report);
        model.addAttribute("s", section);
        return ReportPages.PAGE + " :: report-section";
    }

    /** The checks panel again (htmx "Kiểm tra lại"); without htmx, the page. */
    @GetMapping("/checks")
    String checks(@PathVariable String wardCode, @PathVariable long reportId, Model model,
                  HttpServletRequest request) {
        Report report = pages.report(wardCode, reportId);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/wards/" + wardCode + "/reports/" + reportId + "#report-checks";
        }
        pages.checks(model, report);
        return ReportPages.PAGE + " :: checks";
    }

    /**
     * "Thay bằng số liệu hệ thống" on a problem of the checks panel: htmx gets the panel checked again (saying what
     * was replaced, or why nothing was) with the section swapped in, whose editor held the old text; without
     * htmx, the page.
     */
    @PostMapping("/checks/fix")
    String fix(@PathVariable String wardCode, @PathVariable long reportId, @ModelAttribute FixFields fields,
               Model model, HttpServletRequest request, RedirectAttributes redirect) {
        pages.report(wardCode, reportId);
        String done = null;
        String error = null;
        NarrativeFixes.Replaced replaced = null;
        try {
            replaced = fixes.replace(reportId, fields.fix());
            done = messages.get("report.fixed", replaced.fix().written(), replaced.fix().replacement(),
                    replaced.section().heading());
        } catch (InvalidInputException | ConflictException e) {
            error = messages.get(e);
        }
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute(error == null ? "flash" : "flashError", error == null ? done : error);
            return "redirect:/wards/" + wardCode + "/reports/" + reportId + "#report-checks";
        }
        pages.checks(model, pages.report(wardCode, reportId));
        model.addAttribute("fixed", done);
        model.addAttribute("fixError", error);
        if (replaced != null) {
            model.addAttribute("fixedSection", SectionView.of(replaced.section(), true));
        }
        return ReportPages.PAGE + " :: checks";
    }

    /** A leader finalises; a refusal (HIGH problems, a missing reason) comes back as the flash message. */
    @PostMapping("/finalise")
    String finalise(@PathVariable String wardCode, @PathVariable long reportId,
                    @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        pages.report(wardCode, reportId);
        try {
            reports.finalise(reportId, reason);
            forms.flash(redirect, "report.finalised");
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/wards/" + wardCode + "/reports/" + reportId;
    }
}
