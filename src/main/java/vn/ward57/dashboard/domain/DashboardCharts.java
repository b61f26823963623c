package vn.ward57.dashboard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.dossier.DossierStats;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.indicator.Indicator;
import vn.ward57.indicator.IndicatorService;
import vn.ward57.indicator.IndicatorValueService;
import vn.ward57.indicator.IndicatorView;
import vn.ward57.indicator.Judgement;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;
import vn.ward57.task.TaskStats;
import vn.ward57.task.TaskStatsService;

/** The data of the dashboard's four charts, built here so that the page's script only draws it. */
@Service
@Transactional(readOnly = true)
public class DashboardCharts {

    /** Quyết định 766 gives full marks for progress at 100 % of dossiers resolved early or on time. */
    static final BigDecimal FULL_MARK_766 = BigDecimal.valueOf(100);
    private static final int MONTHS = 12;
    private static final int INDICATOR_MONTHS = 6;

    private final OrgLookup org;
    private final DossierStatsService dossiers;
    private final TaskStatsService tasks;
    private final IndicatorService indicators;
    private final IndicatorValueService values;

    DashboardCharts(OrgLookup org, DossierStatsService dossiers, TaskStatsService tasks,
                    IndicatorService indicators, IndicatorValueService values) {
        this.org = org;
        this.dossiers = dossiers;
        this.tasks = tasks;
        this.indicators = indicators;
        this.values = values;
    }

    /**
     * (1) dossiers newly received per month by channel and (2) the on-time rate per month, for the
     * last twelve months up to today, against 766's full mark and the ward's own target for its
     * DOSSIER_ON_TIME_RATE indicator (Kế hoạch 02 / catalogue; null if the ward has none);
     * (3) each indicator's values of the last six months against its target; (4) tasks by status per lead unit.
     */
    public record Charts(List<String> months, List<Long> online, List<Long> inPerson, List<Long> postal,
                         List<BigDecimal> onTimeRate, BigDecimal fullMark, BigDecimal planTarget,
                         Integer planTargetYear, List<IndicatorSeries> indicators, List<UnitTasks> units) {

        /** The same charts with every month and period in words (the charts are cached for every language). */
        public Charts named(java.util.function.UnaryOperator<String> name) {
            return new Charts(months.stream().map(name).toList(), online, inPerson, postal, onTimeRate, fullMark,
                    planTarget, planTargetYear, indicators.stream().map(s -> new IndicatorSeries(s.code(), s.name(),
                            s.unit(), s.periods().stream().map(name).toList(), s.values(), s.targets())).toList(), units);
        }
    }

    /** An indicator's values per period (its own periods, oldest first) and the goal each is judged against. */
    public record IndicatorSeries(String code, String name, Indicator.Unit unit, List<String> periods,
                                  List<BigDecimal> values, List<BigDecimal> targets) {
    }

    public record UnitTasks(String unit, String name, long doneOnTime, long doneLate, long inProgress,
                            long overdue) {
    }

    /** The charts at this revision of the ward's data (cached by ward, revision and day; the same for every viewer). */
    @Cacheable(cacheNames = "dashboard-charts", sync = true)
    Charts of(Ward ward, long revision, LocalDate today) {
        return of(ward, today);
    }

    public Charts of(Ward ward, LocalDate today) {
        YearMonth last = YearMonth.from(today);
        Map<YearMonth, DossierStats> byMonth = dossiers.byMonth(ward,
                new Period(last.minusMonths(MONTHS - 1L).atDay(1), today, null, null));
        List<String> months = new ArrayList<>();
        List<Long> online = new ArrayList<>();
        List<Long> inPerson = new ArrayList<>();
        List<Long> postal = new ArrayList<>();
        List<BigDecimal> onTime = new ArrayList<>();
        byMonth.forEach((m, s) -> {
            months.add(m.toString());  // the code; the page names it (Charts.named)
            online.add(s.newOnline());
            inPerson.add(s.newInPerson());
            postal.add(s.newPostal());
            onTime.add(s.onTimeRate());
        });
        Map<String, Map<String, IndicatorView>> series = indicatorSeries(ward, last);
        IndicatorView plan = indicators.list(ward).stream()
                .filter(i -> i.source() == Indicator.Source.COMPUTED && "DOSSIER_ON_TIME_RATE".equals(i.metric()))
                .findFirst().map(i -> series.get(i.code())).map(m -> m.values().stream().reduce((a, b) -> b)
                        .orElse(null)).orElse(null);
        return new Charts(months, online, inPerson, postal, onTime, FULL_MARK_766,
                plan == null ? null : plan.target(), plan == null ? null : plan.targetYear(),
                series.values().stream().sorted(SHOWN_FIRST).map(m -> toSeries(ward, m)).toList(),
                units(ward, today));
    }

    /** The chart opens on what needs attention: latest status RED, AMBER, GREEN, none; then the longest series. */
    private static final Comparator<Map<String, IndicatorView>> SHOWN_FIRST = Comparator
            .comparingInt((Map<String, IndicatorView> m) -> rank(latestStatus(m)))
            .thenComparing(m -> -m.values().stream().filter(v -> v.value() != null).count());

    private static Judgement.Status latestStatus(Map<String, IndicatorView> periods) {
        return periods.values().stream().filter(v -> v.value() != null).reduce((a, b) -> b)
                .map(IndicatorView::status).orElse(null);
    }

    private static int rank(Judgement.Status status) {
        return status == null ? 3 : switch (status) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
        };
    }

    /** Per indicator, its view in each of its own periods met over the last six months, oldest first. */
    private Map<String, Map<String, IndicatorView>> indicatorSeries(Ward ward, YearMonth last) {
        Map<String, Map<String, IndicatorView>> byCode = new LinkedHashMap<>();
        for (int i = INDICATOR_MONTHS - 1; i >= 0; i--) {
            for (IndicatorView v : values.all(ward, last.minusMonths(i).toString())) {
                byCode.computeIfAbsent(v.code(), c -> new LinkedHashMap<>()).putIfAbsent(v.period(), v);
            }
        }
        return byCode;
    }

    /** The target path: each period's goal, on the line from the baseline for an indicator judged by pace. */
    private IndicatorSeries toSeries(Ward ward, Map<String, IndicatorView> periods) {
        IndicatorView first = periods.values().iterator().next();
        return new IndicatorSeries(first.code(), first.name(), first.unit(), List.copyOf(periods.keySet()),
                periods.values().stream().map(IndicatorView::value).toList(),
                periods.keySet().stream().map(p -> first.target() == null ? null : values.goal(ward, first.code(), p))
                        .toList());
    }

    private List<UnitTasks> units(Ward ward, LocalDate today) {
        Map<String, String> names = org.units(ward.id()).stream().collect(Collectors.toMap(Unit::code, Unit::name));
        return tasks.byUnit(ward, today).stream().map(r -> {
            TaskStats s = r.stats();
            return new UnitTasks(r.key(), names.getOrDefault(r.key(), r.key()), s.doneOnTime(), s.doneLate(),
                    s.inProgressWithinDeadline(), s.overdueNotDone());
        }).toList();
    }
}
