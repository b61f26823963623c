package vn.ward57.budget;

import org.springframework.stereotype.Component;
import vn.ward57.budget.domain.BudgetLineRepository;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The ward is checked before anything else is looked at or validated; a line of another ward is
 * then simply not found.
 */
@Component
class BudgetAccess {

    private final WardService wards;
    private final BudgetLineRepository lines;

    BudgetAccess(WardService wards, BudgetLineRepository lines) {
        this.wards = wards;
        this.lines = lines;
    }

    Ward read(String wardCode) {
        return wards.get(wardCode);
    }

    /** Officers, leaders and the province's admins enter the ward's budget; viewers read it. */
    Ward enter(String wardCode) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        return ward;
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
