package vn.ward57.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.org.Ward;

/**
 * The one count of a ward's indicators by status (issue 20): the dashboard's tile, the indicators
 * page's summary and the province view's column all show {@link #count}, so they cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorStatuses {

    private final IndicatorService indicators;
    private final IndicatorValueService values;

    IndicatorStatuses(IndicatorService indicators, IndicatorValueService values) {
        this.indicators = indicators;
        this.values = values;
    }

    /**
     * The period the screens count for when none is asked: the last month that has ended by {@code today}
     * (on 06/12/2026, 2026-11). The month still running is left out as its values are not in yet: a
     * unit's form for a month is due on the 15th of the next.
     */
    public static String lastEndedMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(1).toString();
    }

    /**
     * How many of the ward's indicators are RED, AMBER, GREEN and not judged as of a period. Each indicator
     * is judged in {@link #judgedPeriod its own period}: the latest period of its own type that has ended by
     * the end of the period asked. As of 2026-11 a monthly indicator is judged on 2026-11, a quarterly one
     * on 2026Q3, a half-yearly one on 2026S1, a yearly one on 2025; as of 2026Q4 or 2026, on 2026-12,
     * 2026Q4, 2026S2 and 2026. Why: a period's values are entered after it ends, so the period of an
     * indicator still running (the year 2026 in November) has no value yet, or, computed, a partial one.
     * An indicator without a value in that period, or without a target, is not judged: no earlier period
     * stands in for it. Without the projection (no trend to compute), so a province can count every ward.
     */
    public StatusCount count(Ward ward, String periodCode) {
        ReportingPeriod asked = ReportingPeriod.parseCalendar(periodCode);
        List<IndicatorView> judged = new ArrayList<>();
        for (Indicator i : indicators.list(ward)) {
            judged.add(judge(ward, i, judgedPeriod(i.periodType(), asked)));
        }
        return new StatusCount(asked.code(), name(asked), count(judged, Judgement.Status.RED),
                count(judged, Judgement.Status.AMBER), count(judged, Judgement.Status.GREEN), count(judged, null),
                List.copyOf(judged));
    }

    /**
     * The ward's indicators in the same periods {@link #count} judges them for, each with its projection
     * (the indicators page's table, under the count).
     */
    public List<IndicatorView> judged(Ward ward, String periodCode) {
        ReportingPeriod asked = ReportingPeriod.parseCalendar(periodCode);
        return indicators.list(ward).stream()
                .map(i -> values.view(ward, i.code(), judgedPeriod(i.periodType(), asked))).toList();
    }

    /** "Tháng 11/2026", "Quý IV/2026", "Năm 2026": what the labels say the count is for. */
    public static String name(ReportingPeriod period) {
        return ReportingPeriod.parse(period.code()).name();
    }

    /** The latest period of the type that ends no later than the asked one does. */
    static ReportingPeriod judgedPeriod(ReportingPeriod.Kind type, ReportingPeriod asked) {
        ReportingPeriod own = ReportingPeriod.containing(type, asked.to());
        return own.to().isAfter(asked.to()) ? ReportingPeriod.containing(type, own.from().minusDays(1)) : own;
    }

    /** Judged as {@link IndicatorValueService#all} judges it, but without the trend and projection. */
    private IndicatorView judge(Ward ward, Indicator i, ReportingPeriod own) {
        Judgement.Target target = values.target(indicators.row(ward, i.code()), own);  // the same as the view's
        BigDecimal value = values.value(ward, i.code(), own);
        Judgement.Status status = target == null || value == null ? null : Judgement.status(i.direction(), value,
                Judgement.goal(target, own, i.byPace()), i.amberWithin());
        return new IndicatorView(i.code(), i.name(), i.unit(), own.code(), value,
                target == null ? null : target.target(), target == null ? null : target.year(), status, null);
    }

    private static long count(List<IndicatorView> judged, Judgement.Status status) {
        return judged.stream().filter(v -> v.status() == status).count();
    }
}
