package vn.ward57.budget.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.BudgetLineDetail;
import vn.ward57.budget.Category;
import vn.ward57.budget.domain.BudgetEntries;
import vn.ward57.budget.domain.BudgetLines;
import vn.ward57.budget.domain.DisbursementService;
import vn.ward57.budget.web.BudgetPageForms.AdjustmentForm;
import vn.ward57.budget.web.BudgetPageForms.CommitmentForm;
import vn.ward57.budget.web.BudgetPageForms.DisbursementForm;
import vn.ward57.budget.web.BudgetPageForms.LineForm;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** A line's page with its adjustments, payments and commitments; the line's create and edit forms. */
@Controller
@RequestMapping("/wards/{wardCode}/budget/lines")
class BudgetLinePageController {

    private static final String FORM = "budget/line-form";
    private static final String PAGE = "budget/line";

    private final WardAccess access;
    private final BudgetLines lines;
    private final BudgetEntries entries;
    private final DisbursementService disbursements;
    private final PageForms forms;
    private final Messages messages;

    BudgetLinePageController(WardAccess access, BudgetLines lines, BudgetEntries entries,
                             DisbursementService disbursements, PageForms forms, Messages messages) {
        this.access = access;
        this.lines = lines;
        this.entries = entries;
        this.disbursements = disbursements;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newLine(Ward ward, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? WardTime.thisYear() : year;
        return form(ward, new LineForm(shown, Category.CDS.name(), "", "", "", "", "", null, null), null, model);
    }

    @PostMapping
    String create(Ward ward, @ModelAttribute("form") LineForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Optional<BudgetLine> made = forms.save(errors, () -> lines.create(ward, form.form(messages)));
        if (made.isPresent()) {
            forms.flash(redirect, "budget.line.created", made.get().code());
            return "redirect:/wards/" + ward.code() + "/budget/lines/" + made.get().id();
        }
        model.addAttribute("askConfirm", BudgetPageForms.doubted(errors));
        return form(ward, form, null, model);
    }

    @GetMapping("/{lineId}")
    String line(Ward ward, @PathVariable long lineId, Model model) {
        fill(model, ward, lineId);
        return PAGE;
    }

    @GetMapping("/{lineId}/edit")
    String edit(Ward ward, @PathVariable long lineId, Model model) {
        return form(ward, LineForm.of(lines.get(ward, lineId).line()), lineId, model);
    }

    @PostMapping("/{lineId}")
    String update(Ward ward, @PathVariable long lineId, @ModelAttribute("form") LineForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> lines.update(ward, lineId, form.form(messages), form.version()))) {
            forms.flash(redirect, "budget.line.updated", form.code());
            return "redirect:/wards/" + ward.code() + "/budget/lines/" + lineId;
        }
        model.addAttribute("askConfirm", BudgetPageForms.doubted(errors));
        return form(ward, form, lineId, model);
    }

    /** Back to the year's budget; htmx is told to load it (HX-Redirect), since the line's page is gone. */
    @PostMapping("/{lineId}/delete")
    View delete(Ward ward, @PathVariable long lineId, @RequestParam(required = false) Long version,
                RedirectAttributes redirect, HtmxRequest htmx) {
        BudgetLine line = lines.get(ward, lineId).line();
        lines.delete(ward, lineId, version);
        forms.flash(redirect, "budget.line.deleted", line.code());
        String to = "/wards/" + ward.code() + "/budget?year=" + line.fiscalYear();
        return htmx.isHtmxRequest() ? new HtmxRedirectView(to, true) : new RedirectView(to, true);
    }

    @PostMapping("/{lineId}/adjustments")
    String adjust(Ward ward, @PathVariable long lineId, @ModelAttribute AdjustmentForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> entries.adjust(ward, lineId, form.form(messages)), redirect,
                "budget.adjustment.added");
        return redirectTo(ward, lineId);
    }

    @PostMapping("/{lineId}/adjustments/{adjustmentId}/delete")
    String deleteAdjustment(Ward ward, @PathVariable long lineId, @PathVariable long adjustmentId,
                            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        entries.deleteAdjustment(ward, lineId, adjustmentId);
        return entriesAfterDelete(ward, lineId, "budget.adjustment.deleted", request, model, redirect);
    }

    @PostMapping("/{lineId}/commitments")
    String commit(Ward ward, @PathVariable long lineId, @ModelAttribute CommitmentForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> entries.commit(ward, lineId, form.form(messages)), redirect,
                "budget.commitment.added");
        return redirectTo(ward, lineId);
    }

    @PostMapping("/{lineId}/commitments/{commitmentId}/delete")
    String deleteCommitment(Ward ward, @PathVariable long lineId, @PathVariable long commitmentId,
                            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        entries.deleteCommitment(ward, lineId, commitmentId);
        return entriesAfterDelete(ward, lineId, "budget.commitment.deleted", request, model, redirect);
    }

    /** A payment from this line; a leader may fill in the reason for going over the estimate. */
    @PostMapping("/{lineId}/disbursements")
    String disburse(Ward ward, @PathVariable long lineId, @ModelAttribute DisbursementForm form,
                    BindingResult errors, RedirectAttributes redirect) {
        DisbursementForm onLine = new DisbursementForm(lineId, form.paidOn(), form.amount(), form.document(),
                form.note(), form.overrideReason(), form.confirmAmount(), null);
        forms.attemptAndRedirect(errors, () -> disbursements.create(ward, onLine.form(messages)), redirect,
                "budget.disbursement.added");
        if (BudgetPageForms.doubted(errors)) {   // the line's page shows the payment again, to confirm
            redirect.addFlashAttribute("payForm", onLine);
            redirect.addFlashAttribute("askConfirm", true);
        }
        return redirectTo(ward, lineId);
    }

    private void fill(Model model, Ward ward, long lineId) {
        BudgetLineDetail detail = lines.get(ward, lineId);
        model.addAttribute("ward", ward);
        model.addAttribute("detail", detail);
        model.addAttribute("line", detail.line());
        model.addAttribute("canEdit", access.canEnterWardWide(ward));
        model.addAttribute("canOverride", access.canDirect(ward));
        model.addAttribute("today", WardTime.today());
    }

    private String form(Ward ward, LineForm form, Long lineId, Model model) {
        access.enterWardWide(ward);
        model.addAttribute("ward", ward);
        model.addAttribute("form", form);
        model.addAttribute("lineId", lineId);
        model.addAttribute("categories", Category.values());
        return FORM;
    }

    /** htmx gets the line's entries drawn again with the message; a plain post goes back to the line. */
    private String entriesAfterDelete(Ward ward, long lineId, String message, HttpServletRequest request, Model model,
                                      RedirectAttributes redirect) {
        fill(model, ward, lineId);
        return forms.respond(true, message, request, model, redirect, PAGE, "entries",
                "/wards/" + ward.code() + "/budget/lines/" + lineId);
    }

    private static String redirectTo(Ward ward, long lineId) {
        return "redirect:/wards/" + ward.code() + "/budget/lines/" + lineId;
    }
}
