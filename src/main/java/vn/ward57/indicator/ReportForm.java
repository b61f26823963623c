package vn.ward57.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A unit's report form of a period: the ENTERED indicators it leads of that period's type, due on
 * the 15th of the month after the period unless the ward set another day, with its status, the rules its values break (HIGH ones
 * block approval) and the history of its steps.
 */
public record ReportForm(String unit, String period, LocalDate due, Status status, boolean overdue,
                         OffsetDateTime submittedAt, List<Line> lines, List<ValidationService.Violation> warnings,
                         List<Step> history) {

    /** The names of the HIGH rules the values break: while there is one, the leader cannot approve. */
    public List<String> blockingRules() {
        return warnings.stream().filter(v -> "HIGH".equals(v.importance())).map(ValidationService.Violation::name)
                .toList();
    }

    /** NOT_STARTED: nothing saved yet; DRAFT: values saved; RETURNED: sent back by the leader. */
    public enum Status { NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED }

    /**
     * One indicator of the form with its value, how it stands against its target, its newest changes
     * ({@link ReportFormService#CHANGES_SHOWN} at most; olderChanges: it has more, which the value's
     * history lists); for a figure a register also holds, the register's value at the period's end (else null), so
     * the officer reports what the register says instead of counting again. version: the entered value's
     * (null before the first), which the form sends back with a change.
     */
    public record Line(String code, String name, Indicator.Unit unit, BigDecimal value, String comment,
                       String explanation, BigDecimal target, Judgement.Status status,
                       List<IndicatorValueService.Change> changes, boolean olderChanges, BigDecimal registerValue,
                       Long version) {
    }

    /** Submitted, returned (with the leader's message), approved, reopened (with the reason). */
    public record Step(String kind, String message, String actor, OffsetDateTime at) {
    }

    /** Issue 5's completeness of a unit: forms expected by now, submitted, on time, approved. */
    public record Completeness(String unit, long expected, long submitted, long onTime, long approved) {
    }
}
