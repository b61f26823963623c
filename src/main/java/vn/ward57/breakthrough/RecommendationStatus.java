package vn.ward57.breakthrough;

import java.util.EnumSet;
import java.util.Set;

/**
 * The follow-up of a recommendation. A change goes forward only: what is done stays done; a refused one may
 * be sent again (reworded) but not silently reopened as merely proposed.
 */
public enum RecommendationStatus {
    PROPOSED, SENT, ACCEPTED, IN_PROGRESS, DONE, REJECTED;

    public Set<RecommendationStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(SENT, ACCEPTED, IN_PROGRESS, DONE, REJECTED);
            case SENT -> EnumSet.of(ACCEPTED, IN_PROGRESS, DONE, REJECTED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, DONE);
            case IN_PROGRESS -> EnumSet.of(DONE);
            case DONE -> EnumSet.noneOf(RecommendationStatus.class);
            case REJECTED -> EnumSet.of(SENT);
        };
    }

    /** Closed ones are never overdue: done, or refused by the level that decides. */
    public boolean open() {
        return this != DONE && this != REJECTED;
    }
}
