package vn.ward57.initiative;

import java.math.BigDecimal;
import java.util.List;

/** One member's score of one initiative on one criterion. */
public record Score(String username, long initiativeId, String criterion, BigDecimal value) {

    /** The current member's scores of one initiative, one entry per criterion (all criteria at once). */
    public record Sheet(List<Entry> scores) {
    }

    public record Entry(String criterion, BigDecimal value) {
    }
}
