package vn.ward57.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ward57.budget.CategorySummary;
import vn.ward57.feedback.FeedbackStats;
import vn.ward57.indicator.FormCompleteness.FormDue;
import vn.ward57.indicator.Indicator;
import vn.ward57.indicator.Judgement;
import vn.ward57.indicator.ValidationService.Violation;
import vn.ward57.task.Task;
import vn.ward57.task.TaskStats;

/** Every tile of the ward's dashboard as of a day; each tile's figures come from its module's statistics. */
public record WardDashboard(String wardCode, String wardName, LocalDate today, Dossiers dossiers, Tasks tasks,
                            Indicators indicators, Feedback feedback, Forms forms, Budget budget,
                            Consistency consistency) {

    /** The tiles by name, as the page's fragments and the URL /dashboard/tiles/{tile} call them. */
    public static final List<String> TILES =
            List.of("dossiers", "tasks", "indicators", "feedback", "forms", "budget", "consistency");

    /** Dossier figures of [from, to]: newly received, online and on-time rates, pending overdue at `to`. */
    public record DossierFigures(LocalDate from, LocalDate to, long received, BigDecimal onlineRate,
                                 BigDecimal onTimeRate, long pendingOverdue) {
    }

    public record Dossiers(DossierFigures today, DossierFigures month) {
    }

    /** The light and figures as of today, with the overdue tasks and those due within 7 days. */
    public record Tasks(TaskStats stats, List<Task> overdue, List<Task> dueSoon) {
    }

    /** One indicator in its own period with its status and, for a RED entered value, the unit's explanation. */
    public record IndicatorLine(String code, String name, Indicator.Unit unit, String period, BigDecimal value,
                                BigDecimal target, Integer targetYear, Judgement.Status status,
                                String explanation) {
    }

    /**
     * The indicators as of `period` (the last month that has ended), each in the latest period of its
     * own type ended by then, counted as IndicatorStatuses.count counts them; RED first.
     */
    public record Indicators(String period, String periodName, long red, long amber, long green, long unjudged,
                             List<IndicatorLine> lines) {
    }

    /** Backlog and overdue at today, received and resolved this month. */
    @Schema(name = "WardDashboardFeedback")
    public record Feedback(LocalDate from, LocalDate to, FeedbackStats stats) {
    }

    /** The monthly unit report forms of the last twelve months not yet submitted. */
    public record Forms(long overdue, List<FormDue> due) {
    }

    /** The year's total over the categories (CategorySummary.total). */
    public record Budget(int year, CategorySummary total) {
    }

    /** Validation rules broken in the current and the previous month. */
    public record Consistency(String currentPeriod, String previousPeriod, List<Violation> violations) {
    }
}
