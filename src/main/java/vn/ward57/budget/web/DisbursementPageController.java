package vn.ward57.budget.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.Disbursement;
import vn.ward57.budget.domain.BudgetImports;
import vn.ward57.budget.domain.BudgetLines;
import vn.ward57.budget.domain.BudgetTables;
import vn.ward57.budget.domain.DisbursementService;
import vn.ward57.budget.web.BudgetPageForms.DisbursementForm;
import vn.ward57.common.WardTime;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The register of payments of a year with its filters and files; a payment's edit form. */
@Controller
@RequestMapping("/wards/{wardCode}/budget/disbursements")
class DisbursementPageController {

    private final WardAccess access;
    private final BudgetLines lines;
    private final DisbursementService disbursements;
    private final BudgetImports imports;
    private final BudgetTables tables;
    private final PageForms forms;
    private final Messages messages;

    DisbursementPageController(WardAccess access, BudgetLines lines, DisbursementService disbursements,
                               BudgetImports imports, BudgetTables tables, PageForms forms, Messages messages) {
        this.access = access;
        this.lines = lines;
        this.disbursements = disbursements;
        this.imports = imports;
        this.tables = tables;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping
    String list(Ward ward, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long budgetLineId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                Model model, HtmxRequest htmx) {
        int shown = year == null ? WardTime.thisYear() : year;
        var filter = new Disbursement.Filter(shown, budgetLineId, from, to);
        var list = disbursements.list(ward, filter);
        model.addAttribute("ward", ward);
        model.addAttribute("year", shown);
        model.addAttribute("years", lines.years(ward));
        model.addAttribute("filter", filter);
        model.addAttribute("lines", lines.list(ward, new BudgetLine.Filter(shown, null, null)));
        model.addAttribute("disbursements", list);
        model.addAttribute("sum", list.stream().mapToLong(Disbursement::amount).sum());
        model.addAttribute("canEdit", access.canEnterWardWide(ward));
        model.addAttribute("confirmAmountsOption", true);
        return htmx.isHtmxRequest() ? "budget/disbursements :: list" : "budget/disbursements";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) Long budgetLineId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(defaultValue = "csv") String format) {
        var table = tables.disbursements(ward, new Disbursement.Filter(year, budgetLineId, from, to));
        return TableExport.download(format, table);
    }

    @PostMapping("/imports")
    String importFile(Ward ward, @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) MultipartFile file,
                      @RequestParam(defaultValue = "false") boolean confirmAmounts, RedirectAttributes redirect) {
        forms.importStarted(() -> imports.importDisbursements(ward, file, confirmAmounts), redirect);
        return "redirect:/wards/" + ward.code() + "/budget/disbursements" + (year == null ? "" : "?year=" + year);
    }

    @GetMapping("/{disbursementId}/edit")
    String edit(Ward ward, @PathVariable long disbursementId, Model model) {
        Disbursement d = disbursements.get(ward, disbursementId);
        return form(ward, d, DisbursementForm.of(d), model);
    }

    @PostMapping("/{disbursementId}")
    String update(Ward ward, @PathVariable long disbursementId,
                  @ModelAttribute("form") DisbursementForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Disbursement before = disbursements.get(ward, disbursementId);
        if (forms.attempt(errors,
                () -> disbursements.update(ward, disbursementId, form.form(messages), form.version()))) {
            forms.flash(redirect, "budget.disbursement.updated");
            return "redirect:/wards/" + ward.code() + "/budget/lines/" + (form.budgetLineId() == null
                    ? before.budgetLineId() : form.budgetLineId());
        }
        model.addAttribute("askConfirm", BudgetPageForms.doubted(errors));
        return form(ward, before, form, model);
    }

    /** Back to the payment's line; htmx is told to load it (HX-Redirect), since the payment's page is gone. */
    @PostMapping("/{disbursementId}/delete")
    View delete(Ward ward, @PathVariable long disbursementId, @RequestParam(required = false) Long version,
                RedirectAttributes redirect, HtmxRequest htmx) {
        Disbursement d = disbursements.get(ward, disbursementId);
        disbursements.delete(ward, disbursementId, version);
        forms.flash(redirect, "budget.disbursement.deleted");
        String to = "/wards/" + ward.code() + "/budget/lines/" + d.budgetLineId();
        return htmx.isHtmxRequest() ? new HtmxRedirectView(to, true) : new RedirectView(to, true);
    }

    private String form(Ward ward, Disbursement disbursement, DisbursementForm form, Model model) {
        access.enterWardWide(ward);
        model.addAttribute("ward", ward);
        model.addAttribute("disbursement", disbursement);
        model.addAttribute("form", form);
        model.addAttribute("lines", lines.list(ward, new BudgetLine.Filter(disbursement.fiscalYear(), null, null)));
        model.addAttribute("canOverride", access.canDirect(ward));
        return "budget/disbursement-form";
    }
}
