package vn.ward57.task;

import java.math.BigDecimal;

/**
 * The task figures as of a date (issue 4's contract): completionRate = (doneOnTime + doneLate) /
 * assigned in percent, 2 decimals, null when nothing is assigned.
 */
public record TaskStats(long assigned, long doneOnTime, long doneLate, long inProgressWithinDeadline,
                        long overdueNotDone, BigDecimal completionRate, Light light) {

    /**
     * The traffic light as of A: RED if any task is overdue; YELLOW if any was done late or any
     * task unfinished at A is due between A and A + 7 days; otherwise GREEN.
     */
    public enum Light { GREEN, YELLOW, RED }
}
