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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.budget.Adjustment;
import vn.ward57.budget.BudgetFigures;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.BudgetLineDetail;
import vn.ward57.budget.Category;
import vn.ward57.budget.CategorySummary;
import vn.ward57.budget.Commitment;
import vn.ward57.budget.NextYearForm;
import vn.ward57.budget.domain.BudgetEntries;
import vn.ward57.budget.domain.BudgetLines;
import vn.ward57.budget.domain.BudgetPlanning;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.IfMatch;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Ngân sách", description = "Estimate lines with adjustments and commitments, the summary per category, "
        + "next year's estimate")
class BudgetLineApiController {

    private final BudgetLines lines;
    private final BudgetEntries entries;
    private final BudgetFigures figures;
    private final BudgetPlanning planning;

    BudgetLineApiController(BudgetLines lines, BudgetEntries entries, BudgetFigures figures,
                            BudgetPlanning planning) {
        this.lines = lines;
        this.entries = entries;
        this.figures = figures;
        this.planning = planning;
    }

    @GetMapping("/budget-lines")
    List<BudgetLine> list(Ward ward, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) Category category, @RequestParam(required = false) String q) {
        return lines.list(ward, new BudgetLine.Filter(year, category, q));
    }

    @PostMapping("/budget-lines")
    ResponseEntity<BudgetLine> create(Ward ward, @RequestBody BudgetLine.Form form) {
        BudgetLine created = lines.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/budget-lines/" + created.id()))
                .body(created);
    }

    /** The line's version is the ETag: sent back in If-Match, a change of a line changed since is refused. */
    @GetMapping("/budget-lines/{budgetLineId}")
    ResponseEntity<BudgetLineDetail> get(Ward ward, @PathVariable long budgetLineId) {
        BudgetLineDetail detail = lines.get(ward, budgetLineId);
        return ResponseEntity.ok().eTag(String.valueOf(detail.line().version())).body(detail);
    }

    @PutMapping("/budget-lines/{budgetLineId}")
    ResponseEntity<BudgetLine> update(Ward ward, @PathVariable long budgetLineId,
                                      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                      @RequestBody BudgetLine.Form form) {
        BudgetLine line = lines.update(ward, budgetLineId, form, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(line.version())).body(line);
    }

    @DeleteMapping("/budget-lines/{budgetLineId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long budgetLineId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        lines.delete(ward, budgetLineId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/budget-lines/{budgetLineId}/adjustments")
    ResponseEntity<Adjustment> adjust(Ward ward, @PathVariable long budgetLineId,
                                      @RequestBody Adjustment.Form form) {
        Adjustment made = entries.adjust(ward, budgetLineId, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/budget-lines/" + budgetLineId
                + "/adjustments/" + made.id())).body(made);
    }

    @DeleteMapping("/budget-lines/{budgetLineId}/adjustments/{adjustmentId}")
    ResponseEntity<Void> deleteAdjustment(Ward ward, @PathVariable long budgetLineId,
                                          @PathVariable long adjustmentId) {
        entries.deleteAdjustment(ward, budgetLineId, adjustmentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/budget-lines/{budgetLineId}/commitments")
    ResponseEntity<Commitment> commit(Ward ward, @PathVariable long budgetLineId,
                                      @RequestBody Commitment.Form form) {
        Commitment made = entries.commit(ward, budgetLineId, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/budget-lines/" + budgetLineId
                + "/commitments/" + made.id())).body(made);
    }

    @DeleteMapping("/budget-lines/{budgetLineId}/commitments/{commitmentId}")
    ResponseEntity<Void> deleteCommitment(Ward ward, @PathVariable long budgetLineId,
                                          @PathVariable long commitmentId) {
        entries.deleteCommitment(ward, budgetLineId, commitmentId);
        return ResponseEntity.noContent().build();
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
