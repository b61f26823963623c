package vn.ward57.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The feedback figures of a period [from, to] (see {@link FeedbackStatsService#stats}). onTimeRate is the
 * share of the items handled in the period that were handled on or before their due date × 100, two
 * decimals, null when none was handled: a part of what it divides, so at most 100 % (it once divided by the
 * items received, which items carried over could pass, issue 20). The 766 index has its own rate over the
 * items falling due in the period ({@link FeedbackIndexFigures}).
 */
public record FeedbackStats(long received, long resolved, long resolvedOnTime, long backlog, long overdue) {

    @com.fasterxml.jackson.annotation.JsonProperty("onTimeRate")
    public BigDecimal onTimeRate() {
        return resolved == 0 ? null : BigDecimal.valueOf(resolvedOnTime * 100)
                .divide(BigDecimal.valueOf(resolved), 2, RoundingMode.HALF_UP);
    }
}
