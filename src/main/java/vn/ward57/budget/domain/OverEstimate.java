package vn.ward57.budget.domain;

import vn.ward57.common.Texts;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;

/**
 * A payment may not take its line's disbursed over the line's adjusted estimate, unless a leader
 * of the ward (WardAccess.canDirect) allows it and says why; the reason and the leader are kept with the
 * payment. An officer's reason does not count.
 */
final class OverEstimate {

    /** Who allowed the excess and why; both null when the payment stays within the estimate. */
    record Override(String reason, String by) {
        static final Override NONE = new Override(null, null);
    }

    private OverEstimate() {
    }

    /**
     * @param leader         whether the acting user directs the ward (WardAccess.canDirect)
     * @param disbursedAfter what the line has paid once this payment is made
     * @throws InvalidInputException on field amount, with the amounts, when refused
     */
    static Override decide(boolean leader, String lineCode, long adjusted, long disbursedAfter, String reason) {
        if (disbursedAfter <= adjusted) {
            return Override.NONE;
        }
        String why = Texts.blankToNull(reason);
        if (leader && why != null) {
            return new Override(why, CurrentActor.name());
        }
        throw new InvalidInputException(leader ? "budget.over-estimate.reason" : "budget.over-estimate", "amount",
                lineCode, VietnameseFormat.dong(disbursedAfter), VietnameseFormat.dong(adjusted),
                VietnameseFormat.dong(disbursedAfter - adjusted));
    }
}
