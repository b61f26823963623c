package vn.ward57.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The feedback figures of a period [from, to] (see {@link FeedbackStatsService#stats}). onTimeRate is
 * the service index of Quyết định 766 as issue 7 defines it: feedback handled on time or early × 100 /
 * feedback received, two decimals, null when nothing was received. Items carried over from an earlier
 * period count when handled, so the rate may pass 100 %; the index caps its score, not the rate.
 */
public record FeedbackStats(long received, long resolved, long resolvedOnTime, long backlog, long overdue) {

    @com.fasterxml.jackson.annotation.JsonProperty("onTimeRate")
    public BigDecimal onTimeRate() {
        return received == 0 ? null : BigDecimal.valueOf(resolvedOnTime * 100)
                .divide(BigDecimal.valueOf(received), 2, RoundingMode.HALF_UP);
    }
}
