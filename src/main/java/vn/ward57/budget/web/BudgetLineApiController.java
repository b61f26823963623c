package vn.ward57.budget.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.budget.Adjustment;
import vn.ward57.budget.domain.BudgetEntries;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.BudgetLineDetail;
import vn.ward57.budget.domain.BudgetLines;
import vn.ward57.budget.Category;
import vn.ward57.budget.Commitment;
import vn.ward57.common.web.RegisterApi;
import vn.ward57.common.web.VersionedRegisterApi;
import vn.ward57.org.Ward;

/** The estimate lines; a read answers the line with its adjustments, payments and commitments. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}/budget-lines")
@Tag(name = "Ngân sách", description = "Estimate lines with adjustments and commitments, the summary per category, "
        + "next year's estimate")
class BudgetLineApiController extends VersionedRegisterApi<Ward, BudgetLineDetail, BudgetLine, BudgetLine.Form> {

    private final BudgetLines lines;
    private final BudgetEntries entries;

    BudgetLineApiController(BudgetLines lines, BudgetEntries entries) {
        super(lines::create, lines::get, BudgetLineDetail::line, lines::update, lines::delete, BudgetLine::id,
                BudgetLine::version);
        this.lines = lines;
        this.entries = entries;
    }

    @GetMapping
    List<BudgetLine> list(Ward ward, @RequestParam(required = false) Integer year,
                          @RequestParam(required = false) Category category, @RequestParam(required = false) String q) {
        return lines.list(ward, new BudgetLine.Filter(year, category, q));
    }

    @PostMapping("/{budgetLineId}/adjustments")
    ResponseEntity<Adjustment> adjust(Ward ward, @PathVariable long budgetLineId,
                                      @RequestBody Adjustment.Form form) {
        Adjustment made = entries.adjust(ward, budgetLineId, form);
        return RegisterApi.created(made.id(), made);
    }

    @DeleteMapping("/{budgetLineId}/adjustments/{adjustmentId}")
    ResponseEntity<Void> deleteAdjustment(Ward ward, @PathVariable long budgetLineId,
                                          @PathVariable long adjustmentId) {
        entries.deleteAdjustment(ward, budgetLineId, adjustmentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{budgetLineId}/commitments")
    ResponseEntity<Commitment> commit(Ward ward, @PathVariable long budgetLineId,
                                      @RequestBody Commitment.Form form) {
        Commitment made = entries.commit(ward, budgetLineId, form);
        return RegisterApi.created(made.id(), made);
    }

    @DeleteMapping("/{budgetLineId}/commitments/{commitmentId}")
    ResponseEntity<Void> deleteCommitment(Ward ward, @PathVariable long budgetLineId,
                                          @PathVariable long commitmentId) {
        entries.deleteCommitment(ward, budgetLineId, commitmentId);
        return ResponseEntity.noContent().build();
    }
}
