package vn.ward57.budget.domain;

import org.springframework.stereotype.Component;
import vn.ward57.budget.BudgetLine;
import vn.ward57.budget.Category;
import vn.ward57.budget.DisbursementRate;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;

/** A line of the ward: a line of another ward is simply not found. */
@Component
class WardLines {

    private final BudgetLineRepository lines;

    WardLines(BudgetLineRepository lines) {
        this.lines = lines;
    }

    BudgetLineRepository.Row line(Ward ward, long lineId) {
        return lines.find(lineId).filter(r -> r.wardId() == ward.id().value())
                .orElseThrow(() -> new NotFoundException("budget.line.not-found", null, String.valueOf(lineId)));
    }

    static BudgetLine view(String wardCode, BudgetLineRepository.Row r) {
        return new BudgetLine(r.id(), wardCode, r.fiscalYear(), Category.valueOf(r.category()), r.code(), r.name(),
                r.estimate(), r.fundingSource(), r.note(), r.adjusted(), r.disbursed(), r.committed(),
                r.adjusted() - r.disbursed(), DisbursementRate.of(r.disbursed(), r.adjusted()), r.version());
    }
}
