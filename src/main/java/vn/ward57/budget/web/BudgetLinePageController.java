package vn.ward57.budget.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import vn.ward57.budget.BudgetEntries;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.BudgetLineDetail;
import vn.ward57.budget.BudgetLineService;
import vn.ward57.budget.Category;
import vn.ward57.budget.DisbursementService;
import vn.ward57.budget.web.BudgetPageForms.AdjustmentForm;
import vn.ward57.budget.web.BudgetPageForms.CommitmentForm;
import vn.ward57.budget.web.BudgetPageForms.DisbursementForm;
import vn.ward57.budget.web.BudgetPageForms.LineForm;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** A line's page with its adjustments, payments and commitments; the line's create and edit forms. */
@Controller
@RequestMapping("/wards/{wardCode}/budget/lines")
class BudgetLinePageController {

    private static final String FORM = "budget/line-form";
    private static final String PAGE = "budget/line";

    private final WardService wards;
    private final BudgetLineService lines;
    private final BudgetEntries entries;
    private final DisbursementService disbursements;
    private final PageForms forms;
    private final Messages messages;

    BudgetLinePageController(WardService wards, BudgetLineService lines, BudgetEntries entries,
                             DisbursementService disbursements, PageForms forms, Messages messages) {
        this.wards = wards;
        this.lines = lines;
        this.entries = entries;
        this.disbursements = disbursements;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newLine(@PathVariable String wardCode, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? WardTime.thisYear() : year;
        return form(wardCode, new LineForm(shown, Category.CDS.name(), "", "", "", "", "", null, null), null, model);
    }

    @PostMapping
    String create(@PathVariable String wardCode, @ModelAttribute("form") LineForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        BudgetLine[] made = new BudgetLine[1];
        if (forms.attempt(errors, () -> made[0] = lines.create(wardCode, form.form(messages)))) {
            forms.flash(redirect, "budget.line.created", made[0].code());
            return "redirect:/wards/" + wardCode + "/budget/lines/" + made[0].id();
        }
        model.addAttribute("askConfirm", BudgetPageForms.doubted(errors));
        return form(wardCode, form, null, model);
    }

    @GetMapping("/{lineId}")
    String line(@PathVariable String wardCode, @PathVariable long lineId, Model model) {
        fill(model, wardCode, lineId);
        return PAGE;
    }

    @GetMapping("/{lineId}/edit")
    String edit(@PathVariable String wardCode, @PathVariable long lineId, Model model) {
        return form(wardCode, LineForm.of(lines.get(wardCode, lineId).line()), lineId, model);
    }

    @PostMapping("/{lineId}")
    String update(@PathVariable String wardCode, @PathVariable long lineId, @ModelAttribute("form") LineForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> lines.update(wardCode, lineId, form.form(messages), form.version()))) {
            forms.flash(redirect, "budget.line.updated", form.code());
            return "redirect:/wards/" + wardCode + "/budget/lines/" + lineId;
        }
        model.addAttribute("askConfirm", BudgetPageForms.doubted(errors));
        return form(wardCode, form, lineId, model);
    }

    /** Back to the year's budget; for htmx by HX-Redirect, since the line's page is gone. */
    @PostMapping("/{lineId}/delete")
    String delete(@PathVariable String wardCode, @PathVariable long lineId,
                  @RequestParam(required = false) Long version, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect, Model model) {
        BudgetLine line = lines.get(wardCode, lineId).line();
        lines.delete(wardCode, lineId, version);
        String to = "/wards/" + wardCode + "/budget?year=" + line.fiscalYear();
        return HtmxRedirect.to(to, messages.get("budget.line.deleted", line.code()), request, response, redirect,
                model);
    }

    @PostMapping("/{lineId}/adjustments")
    String adjust(@PathVariable String wardCode, @PathVariable long lineId, @ModelAttribute AdjustmentForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> entries.adjust(wardCode, lineId, form.form(messages)), redirect,
                "budget.adjustment.added");
        return redirectTo(wardCode, lineId);
    }

    @PostMapping("/{lineId}/adjustments/{adjustmentId}/delete")
    String deleteAdjustment(@PathVariable String wardCode, @PathVariable long lineId, @PathVariable long adjustmentId,
                            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        entries.deleteAdjustment(wardCode, lineId, adjustmentId);
        fill(model, wardCode, lineId);
        return forms.respond(true, "budget.adjustment.deleted", request, model, redirect, PAGE, "entries",
                "/wards/" + wardCode + "/budget/lines/" + lineId);
    }

    @PostMapping("/{lineId}/commitments")
    String commit(@PathVariable String wardCode, @PathVariable long lineId, @ModelAttribute CommitmentForm form,
                  BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> entries.commit(wardCode, lineId, form.form(messages)), redirect,
                "budget.commitment.added");
        return redirectTo(wardCode, lineId);
    }

    @PostMapping("/{lineId}/commitments/{commitmentId}/delete")
    String deleteCommitment(@PathVariable String wardCode, @PathVariable long lineId, @PathVariable long commitmentId,
                            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        entries.deleteCommitment(wardCode, lineId, commitmentId);
        fill(model, wardCode, lineId);
        return forms.respond(true, "budget.commitment.deleted", request, model, redirect, PAGE, "entries",
                "/wards/" + wardCode + "/budget/lines/" + lineId);
    }

    /** A payment from this line; a leader may fill in the reason for going over the estimate. */
    @PostMapping("/{lineId}/disbursements")
    String disburse(@PathVariable String wardCode, @PathVariable long lineId, @ModelAttribute DisbursementForm form,
                    BindingResult errors, RedirectAttributes redirect) {
        DisbursementForm onLine = new DisbursementForm(lineId, form.paidOn(), form.amount(), form.document(),
                form.note(), form.overrideReason(), form.confirmAmount(), null);
        forms.attemptAndRedirect(errors, () -> disbursements.create(wardCode, onLine.form(messages)), redirect,
                "budget.disbursement.added");
        if (BudgetPageForms.doubted(errors)) {   // the line's page shows the payment again, to confirm
            redirect.addFlashAttribute("payForm", onLine);
            redirect.addFlashAttribute("askConfirm", true);
        }
        return redirectTo(wardCode, lineId);
    }

    private void fill(Model model, String wardCode, long lineId) {
        Ward ward = wards.get(wardCode);
        BudgetLineDetail detail = lines.get(wardCode, lineId);
        Actor actor = CurrentActor.get();
        model.addAttribute("ward", ward);
        model.addAttribute("detail", detail);
        model.addAttribute("line", detail.line());
        model.addAttribute("canEdit", actor.canEnterData(ward.provinceCode(), ward.code()));
        model.addAttribute("canOverride", actor.canDirectWard(ward.provinceCode(), ward.code()));
        model.addAttribute("today", WardTime.today());
    }

    private String form(String wardCode, LineForm form, Long lineId, Model model) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        model.addAttribute("ward", ward);
        model.addAttribute("form", form);
        model.addAttribute("lineId", lineId);
        model.addAttribute("categories", Category.values());
        return FORM;
    }

    private static String redirectTo(String wardCode, long lineId) {
        return "redirect:/wards/" + wardCode + "/budget/lines/" + lineId;
    }
}
