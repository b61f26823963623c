package vn.ward57.feedback;

import vn.ward57.common.Texts;

/**
 * A step of the workflow: the new state, a note for the history, and what that step needs — the answer
 * (ANSWERED), the higher level (TRANSFERRED), optionally the handling unit (ASSIGNED) and whether the
 * submitter was satisfied (CLOSED).
 */
public record StateChange(String state, String note, String answer, String transferredTo, String unit,
                          Boolean satisfied) {

    /** No unit chosen is no change of unit. */
    public StateChange {
        unit = Texts.blankToNull(unit);
    }
}
