package vn.ward57.budget.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.Category;
import vn.ward57.budget.CategorySummary;
import vn.ward57.budget.NextYearForm;
import vn.ward57.budget.domain.BudgetImports;
import vn.ward57.budget.domain.BudgetLines;
import vn.ward57.budget.domain.BudgetPlanning;
import vn.ward57.budget.domain.BudgetTables;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The budget page of a year: summary per category and total, the lines, files, next year's estimate. */
@Controller
@RequestMapping("/wards/{wardCode}/budget")
class BudgetPageController {

    private final WardAccess access;
    private final BudgetLines lines;
    private final BudgetFigures figures;
    private final BudgetPlanning planning;
    private final BudgetImports imports;
    private final BudgetTables tables;
    private final PageForms forms;

    BudgetPageController(WardAccess access, BudgetLines lines, BudgetFigures figures, BudgetPlanning planning,
                         BudgetImports imports, BudgetTables tables, PageForms forms) {
        this.access = access;
        this.lines = lines;
        this.figures = figures;
        this.planning = planning;
        this.imports = imports;
        this.tables = tables;
        this.forms = forms;
    }

    /** The page; an htmx request for other filters gets the lines fragment only. */
    @GetMapping
    String page(Ward ward, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Category category, @RequestParam(required = false) String q,
                Model model, HtmxRequest htmx) {
        int shown = year == null ? WardTime.thisYear() : year;
        List<CategorySummary> summary = figures.summary(ward, shown);
        model.addAttribute("ward", ward);
        model.addAttribute("year", shown);
        model.addAttribute("years", lines.years(ward));
        model.addAttribute("category", category);
        model.addAttribute("q", q);
        model.addAttribute("categories", Category.values());
        model.addAttribute("summary", summary);
        model.addAttribute("total", CategorySummary.total(summary));
        model.addAttribute("lines", lines.list(ward, new BudgetLine.Filter(shown, category, q)));
        model.addAttribute("canEdit", access.canEnterWardWide(ward));
        model.addAttribute("confirmAmountsOption", true);
        return htmx.isHtmxRequest() ? "budget/budget :: lines" : "budget/budget";
    }

    @PostMapping("/next-year")
    String nextYear(Ward ward, @RequestParam(required = false) Integer fromYear,
                    @RequestParam(required = false) String percent, RedirectAttributes redirect) {
        var errors = new MapBindingResult(new java.util.HashMap<>(), "nextYear");
        int[] created = {0};
        if (forms.attempt(errors, () -> created[0] = planning.prepareNextYear(ward,
                new NextYearForm(fromYear, percent(percent))).size())) {
            forms.flash(redirect, "budget.next-year.done", created[0], String.valueOf(fromYear + 1));
            return "redirect:/wards/" + ward.code() + "/budget?year=" + (fromYear + 1);
        }
        redirect.addFlashAttribute("flashError", forms.summary(errors));
        return "redirect:/wards/" + ward.code() + "/budget" + (fromYear == null ? "" : "?year=" + fromYear);
    }

    @GetMapping("/lines-export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) Category category,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "csv") String format) {
        var table = tables.lines(ward, new BudgetLine.Filter(year, category, q));
        return TableExport.download(format, table);
    }

    @PostMapping("/line-imports")
    String importLines(Ward ward, @RequestParam(required = false) Integer year,
                       @RequestParam(required = false) MultipartFile file,
                       @RequestParam(defaultValue = "false") boolean confirmAmounts, RedirectAttributes redirect) {
        forms.importStarted(() -> imports.importLines(ward, file, confirmAmounts), redirect);
        return "redirect:/wards/" + ward.code() + "/budget" + (year == null ? "" : "?year=" + year);
    }

    /** "100", "102,5" or "102.5"; anything else is refused as the percentage. */
    private static BigDecimal percent(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("budget.next-year.bad-percent", "percent",
                    vn.ward57.common.Echo.cut(text.strip(), 40));
        }
    }
}
