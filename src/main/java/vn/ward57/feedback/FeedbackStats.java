package vn.ward57.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The feedback figures of a period [from, to] (see {@link FeedbackStatsService#stats}). onTimeRate:
 * resolvedOnTime × 100 / resolved, two decimals, null when nothing was resolved.
 */
public record FeedbackStats(long received, long resolved, long resolvedOnTime, long backlog, long overdue) {

    @com.fasterxml.jackson.annotation.JsonProperty("onTimeRate")
    public BigDecimal onTimeRate() {
        return resolved == 0 ? null : BigDecimal.valueOf(resolvedOnTime * 100)
                .divide(BigDecimal.valueOf(resolved), 2, RoundingMode.HALF_UP);
    }
}
