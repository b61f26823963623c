package vn.ward57.budget;

import java.util.List;

/** A line with everything entered against it, newest first. */
public record BudgetLineDetail(BudgetLine line, List<Adjustment> adjustments, List<Disbursement> disbursements,
                               List<Commitment> commitments) {
}
