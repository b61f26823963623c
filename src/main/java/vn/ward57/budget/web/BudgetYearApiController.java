package vn.ward57.budget.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.domain.BudgetPlanning;
import vn.ward57.budget.CategorySummary;
import vn.ward57.budget.NextYearForm;
import vn.ward57.common.WardTime;
import vn.ward57.org.Ward;

/** A year's budget as a whole: its summary per category, and the next year's estimate prepared from it. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Ngân sách")
class BudgetYearApiController {

    private final BudgetFigures figures;
    private final BudgetPlanning planning;

    BudgetYearApiController(BudgetFigures figures, BudgetPlanning planning) {
        this.figures = figures;
        this.planning = planning;
    }

    /** Per category, always KHCN, DMST, CDS: {category, estimate, adjusted, disbursed, disbursementRate}. */
    @GetMapping("/budget-summary")
    List<CategorySummary> summary(Ward ward, @RequestParam(required = false) Integer year) {
        return figures.summary(ward, year == null ? WardTime.thisYear() : year);
    }

    /** Creates the lines of fromYear + 1 from fromYear's; answers the lines created. */
    @PostMapping("/budget-next-year")
    List<BudgetLine> nextYear(Ward ward, @RequestBody NextYearForm form) {
        return planning.prepareNextYear(ward, form);
    }
}
