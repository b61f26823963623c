package vn.ward57.dashboard.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.dashboard.WardDashboard;
import vn.ward57.budget.CategorySummary;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.dashboard.WardDashboard.Budget;
import vn.ward57.dashboard.WardDashboard.Consistency;
import vn.ward57.dashboard.WardDashboard.DossierFigures;
import vn.ward57.dashboard.WardDashboard.Dossiers;
import vn.ward57.dashboard.WardDashboard.Feedback;
import vn.ward57.dashboard.WardDashboard.Forms;
import vn.ward57.dashboard.WardDashboard.IndicatorLine;
import vn.ward57.dashboard.WardDashboard.Indicators;
import vn.ward57.dashboard.WardDashboard.Tasks;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.figure.Figures;
import vn.ward57.indicator.FormCompleteness;
import vn.ward57.indicator.Indicator;
import vn.ward57.indicator.IndicatorService;
import vn.ward57.indicator.IndicatorStatuses;
import vn.ward57.indicator.IndicatorValueService;
import vn.ward57.indicator.IndicatorView;
import vn.ward57.indicator.Judgement;
import vn.ward57.indicator.StatusCount;
import vn.ward57.indicator.ValidationService;
import vn.ward57.org.Ward;
import vn.ward57.task.TaskService;
import vn.ward57.task.TaskStatsService;
import vn.ward57.task.TaskStatus;

/**
 * The ward's dashboard computed tile by tile, from the other modules' public services only: a tile's
 * figures are what that module's statistics API answers for the same ward and dates.
 */
@Service
@Transactional(readOnly = true)
class DashboardTiles {

    private final Figures figures;
    private final TaskStatsService taskStats;
    private final TaskService tasks;
    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final IndicatorStatuses statuses;
    private final FormCompleteness forms;
    private final ValidationService validation;
    private final FeedbackStatsService feedback;

    DashboardTiles(Figures figures, TaskStatsService taskStats, TaskService tasks,
                   IndicatorService indicators, IndicatorValueService values, IndicatorStatuses statuses,
                   FormCompleteness forms, ValidationService validation, FeedbackStatsService feedback) {
        this.figures = figures;
        this.taskStats = taskStats;
        this.tasks = tasks;
        this.indicators = indicators;
        this.values = values;
        this.statuses = statuses;
        this.forms = forms;
        this.validation = validation;
        this.feedback = feedback;
    }

    /**
     * Every tile at this version of the ward's data (cached: the key is the whole version, so a write,
     * another day or another unit's officer is another entry; the bound of the cache drops old ones).
     */
    @Cacheable(cacheNames = "ward-dashboards", sync = true)
    WardDashboard ward(DashboardService.Version version) {
        return ward(version.ward(), version.today());
    }

    /** Every tile as of {@code today}. */
    WardDashboard ward(Ward ward, LocalDate today) {
        return new WardDashboard(ward.code(), ward.name(), today, dossiers(ward, today), tasks(ward, today),
                indicators(ward, today), feedback(ward, today), forms(ward), budget(ward, today),
                consistency(ward, today));
    }

    /** Today's and this month's (1st to today) dossier figures. */
    public Dossiers dossiers(Ward ward, LocalDate today) {
        return new Dossiers(dossierFigures(ward, today, today), dossierFigures(ward, today.withDayOfMonth(1), today));
    }

    private DossierFigures dossierFigures(Ward ward, LocalDate from, LocalDate to) {
        var f = figures.of(ward, from, to, "DOSSIER_NEW", "DOSSIER_ONLINE_RATE", "DOSSIER_ON_TIME_RATE",
                "DOSSIER_PENDING_OVERDUE");
        return new DossierFigures(from, to, f.get("DOSSIER_NEW").longValue(), f.get("DOSSIER_ONLINE_RATE"),
                f.get("DOSSIER_ON_TIME_RATE"), f.get("DOSSIER_PENDING_OVERDUE").longValue());
    }

    /** The light as of today, with the overdue tasks and the unfinished ones due within 7 days (as "Việc của tôi"). */
    public Tasks tasks(Ward ward, LocalDate today) {
        return new Tasks(taskStats.ward(ward, today, TaskStatsService.Scope.all()),
                tasks.list(ward, today, new TaskService.Filter(null, null, null, null, TaskStatus.OVERDUE, null)),
                tasks.list(ward, today, new TaskService.Filter(null, null, null, null, TaskStatus.IN_PROGRESS,
                        today.plusDays(vn.ward57.task.DueTasks.DAYS_AHEAD))));
    }

    /**
     * The indicators as {@link IndicatorStatuses#count} counts them as of the last month that has ended
     * (the same count the indicators page and the province view show); RED first, then AMBER, GREEN,
     * not judged. A RED ENTERED value carries the explanation entered with it.
     */
    public Indicators indicators(Ward ward, LocalDate today) {
        StatusCount count = statuses.count(ward, IndicatorStatuses.lastEndedMonth(today));
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.list(ward).forEach(i -> byCode.put(i.code(), i));
        List<IndicatorLine> lines = new ArrayList<>();
        for (IndicatorView v : count.indicators()) {
            String explanation = v.status() == Judgement.Status.RED
                    ? explanation(ward, byCode.get(v.code()), v) : null;
            lines.add(new IndicatorLine(v.code(), v.name(), v.unit(), v.period(), v.value(), v.target(),
                    v.targetYear(), v.status(), explanation));
        }
        lines.sort(Comparator.comparingInt((IndicatorLine l) -> rank(l.status())).thenComparing(IndicatorLine::code));
        return new Indicators(count.period(), count.periodName(), count.red(), count.amber(), count.green(),
                count.unjudged(), lines);
    }

    /** Explanations are entered with the values (a unit's report form asks one for every RED value). */
    private String explanation(Ward ward, Indicator indicator, IndicatorView v) {
        if (indicator == null || indicator.source() != Indicator.Source.ENTERED) {
            return null;
        }
        return values.explanation(ward, v.code(), v.period());
    }

    private static int rank(Judgement.Status status) {
        return status == null ? 3 : switch (status) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
        };
    }

    /** Backlog and overdue as of today (they do not depend on the period's start); received this month. */
    public Feedback feedback(Ward ward, LocalDate today) {
        LocalDate from = today.withDayOfMonth(1);
        return new Feedback(from, today, feedback.stats(ward, from, today));
    }

    /** The monthly forms not yet submitted (those of the acting officer's unit only, for an officer). */
    public Forms forms(Ward ward) {
        List<FormCompleteness.FormDue> monthly = forms.due(ward).stream()
                .filter(f -> ReportingPeriod.parseCalendar(f.period()).kind() == ReportingPeriod.Kind.MONTH).toList();
        return new Forms(monthly.stream().filter(FormCompleteness.FormDue::overdue).count(), monthly);
    }

    /** This year's estimate, adjusted estimate and disbursement over all categories, as of today. */
    public Budget budget(Ward ward, LocalDate today) {
        var f = figures.of(ward, today, today, "BUDGET_ESTIMATE", "BUDGET_ADJUSTED", "BUDGET_DISBURSED",
                "BUDGET_DISBURSEMENT_RATE");
        return new Budget(today.getYear(), new CategorySummary("TOTAL", f.get("BUDGET_ESTIMATE").longValue(),
                f.get("BUDGET_ADJUSTED").longValue(), f.get("BUDGET_DISBURSED").longValue(),
                f.get("BUDGET_DISBURSEMENT_RATE")));
    }

    /** The validation rules broken in this month and in the previous one. */
    public Consistency consistency(Ward ward, LocalDate today) {
        String current = YearMonth.from(today).toString();
        String previous = YearMonth.from(today).minusMonths(1).toString();
        List<ValidationService.Violation> broken = new ArrayList<>(validation.violations(ward, current));
        broken.addAll(validation.violations(ward, previous));
        return new Consistency(current, previous, broken);
    }
}
