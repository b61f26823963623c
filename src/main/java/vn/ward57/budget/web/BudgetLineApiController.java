package vn.ward57.budget.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.budget.Adjustment;
import vn.ward57.budget.BudgetEntries;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.BudgetLineDetail;
import vn.ward57.budget.BudgetLineService;
import vn.ward57.budget.BudgetPlanning;
import vn.ward57.budget.Category;
import vn.ward57.budget.CategorySummary;
import vn.ward57.budget.Commitment;
import vn.ward57.budget.NextYearForm;
import vn.ward57.common.WardTime;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.ward57.common.web.IfMatch;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Ngân sách", description = "Estimate lines with adjustments and commitments, the summary per category, "
        + "next year's estimate")
class BudgetLineApiController {

    private final BudgetLineService lines;
    private final BudgetEntries entries;
    private final BudgetFigures figures;
    private final BudgetPlanning planning;

    BudgetLineApiController(BudgetLineService lines, BudgetEntries entries, BudgetFigures figures,
                            BudgetPlanning planning) {
        this.lines = lines;
        this.entries = entries;
        this.figures = figures;
        this.planning = planning;
    }

    @GetMapping("/budget-lines")
    List<BudgetLine> list(@PathVariable String wardCode, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) Category category, @RequestParam(required = false) String q) {
        return lines.list(wardCode, new BudgetLine.Filter(year, category, q));
    }

    @PostMapping("/budget-lines")
    ResponseEntity<BudgetLine> create(@PathVariable String wardCode, @RequestBody BudgetLine.Form form) {
        BudgetLine created = lines.create(wardCode, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + wardCode + "/budget-lines/" + created.id()))
                .body(created);
    }

    /** The line's version is the ETag: sent back in If-Match, a change of a line changed since is refused. */
    @GetMapping("/budget-lines/{budgetLineId}")
    ResponseEntity<BudgetLineDetail> get(@PathVariable String wardCode, @PathVariable long budgetLineId) {
        BudgetLineDetail detail = lines.get(wardCode, budgetLineId);
        return ResponseEntity.ok().eTag(String.valueOf(detail.line().version())).body(detail);
    }

    @PutMapping("/budget-lines/{budgetLineId}")
    ResponseEntity<BudgetLine> update(@PathVariable String wardCode, @PathVariable long budgetLineId,
                                      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                      @RequestBody BudgetLine.Form form) {
        BudgetLine line = lines.update(wardCode, budgetLineId, form, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(line.version())).body(line);
    }

    @DeleteMapping("/budget-lines/{budgetLineId}")
    ResponseEntity<Void> delete(@PathVariable String wardCode, @PathVariable long budgetLineId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        lines.delete(wardCode, budgetLineId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/budget-lines/{budgetLineId}/adjustments")
    ResponseEntity<Adjustment> adjust(@PathVariable String wardCode, @PathVariable long budgetLineId,
                                      @RequestBody Adjustment.Form form) {
        Adjustment made = entries.adjust(wardCode, budgetLineId, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + wardCode + "/budget-lines/" + budgetLineId
                + "/adjustments/" + made.id())).body(made);
    }

    @DeleteMapping("/budget-lines/{budgetLineId}/adjustments/{adjustmentId}")
    ResponseEntity<Void> deleteAdjustment(@PathVariable String wardCode, @PathVariable long budgetLineId,
                                          @PathVariable long adjustmentId) {
        entries.deleteAdjustment(wardCode, budgetLineId, adjustmentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/budget-lines/{budgetLineId}/commitments")
    ResponseEntity<Commitment> commit(@PathVariable String wardCode, @PathVariable long budgetLineId,
                                      @RequestBody Commitment.Form form) {
        Commitment made = entries.commit(wardCode, budgetLineId, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + wardCode + "/budget-lines/" + budgetLineId
                + "/commitments/" + made.id())).body(made);
    }

    @DeleteMapping("/budget-lines/{budgetLineId}/commitments/{commitmentId}")
    ResponseEntity<Void> deleteCommitment(@PathVariable String wardCode, @PathVariable long budgetLineId,
                                          @PathVariable long commitmentId) {
        entries.deleteCommitment(wardCode, budgetLineId, commitmentId);
        return ResponseEntity.noContent().build();
    }

    /** Per category, always KHCN, DMST, CDS: {category, estimate, adjusted, disbursed, disbursementRate}. */
    @GetMapping("/budget-summary")
    List<CategorySummary> summary(@PathVariable String wardCode, @RequestParam(required = false) Integer year) {
        return figures.summary(wardCode, year == null ? WardTime.thisYear() : year);
    }

    /** Creates the lines of fromYear + 1 from fromYear's; answers the lines created. */
    @PostMapping("/budget-next-year")
    List<BudgetLine> nextYear(@PathVariable String wardCode, @RequestBody NextYearForm form) {
        return planning.prepareNextYear(wardCode, form);
    }
}
