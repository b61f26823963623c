package vn.ward57.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.indicator.domain.IndicatorRepository.Row;
import vn.ward57.indicator.domain.IndicatorValueRepository;
import vn.ward57.org.Ward;

/** Values of the indicators per period: each one's value, status and projection (entering them: IndicatorValueEntry). */
@Service
@Transactional(readOnly = true)
public class IndicatorValueService {

    private static final int TREND = 6;

    private final IndicatorService indicators;
    private final IndicatorValueRepository values;
    private final MetricValues metrics;
    private final ApplicationEventPublisher events;

    IndicatorValueService(IndicatorService indicators, IndicatorValueRepository values, MetricValues metrics,
                          ApplicationEventPublisher events) {
        this.indicators = indicators;
        this.values = values;
        this.metrics = metrics;
        this.events = events;
    }

    /** One change of a value: who, when, from what to what. */
    public record Change(BigDecimal oldValue, BigDecimal newValue, String actor, java.time.OffsetDateTime at) {
    }

    /** Every indicator of the ward for a period (each in its own period containing the end of the one asked). */
    public List<IndicatorView> all(Ward ward, String periodCode) {
        ReportingPeriod asked = ReportingPeriod.parseCalendar(periodCode);
        List<IndicatorView> result = new ArrayList<>();
        for (Indicator indicator : indicators.list(ward)) {
            ReportingPeriod own = ReportingPeriod.containing(indicator.periodType(), asked.to());
            result.add(view(ward, indicators.row(ward, indicator.code()), indicator, own));
        }
        return result;
    }

    /**
     * Each indicator judged on the latest period of its own type that lies wholly within [from, to] (a report of
     * 01/01/2025–06/6/2026: a yearly one on 2025, a quarterly one on 2026Q1, a monthly one on 2026-05), so that
     * nothing after the report's end counts; with no period (and no value or status) when none fits in it.
     */
    public List<IndicatorView> within(Ward ward, LocalDate from, LocalDate to) {
        List<IndicatorView> result = new ArrayList<>();
        for (Indicator indicator : indicators.list(ward)) {
            ReportingPeriod own = ReportingPeriod.containing(indicator.periodType(), to);
            if (own.to().isAfter(to)) {
                own = ReportingPeriod.containing(indicator.periodType(), own.from().minusDays(1));
            }
            result.add(own.from().isBefore(from) ? new IndicatorView(indicator.code(), indicator.name(),
                    indicator.unit(), null, null, null, null, null, null)
                    : view(ward, indicators.row(ward, indicator.code()), indicator, own));
        }
        return result;
    }

    public List<Change> history(Ward ward, String code, String periodCode) {
        Row row = indicators.row(ward, code);
        return values.history(row.id(), ReportingPeriod.parseCalendar(periodCode).code()).stream()
                .map(c -> new Change(c.oldValue(), c.newValue(), c.actor(), c.at())).toList();
    }

    /**
     * The newest changes of a value (at most {@code limit}, oldest first) and whether there are older ones:
     * what a form shows beside the value, however often it was rewritten.
     */
    public History latestHistory(Ward ward, String code, String periodCode, int limit) {
        Row row = indicators.row(ward, code);
        var newest = values.newestHistory(row.id(), ReportingPeriod.parseCalendar(periodCode).code(), limit + 1);
        return new History(newest.stream().limit(limit).map(c -> new Change(c.oldValue(), c.newValue(), c.actor(),
                c.at())).toList().reversed(), newest.size() > limit);
    }

    /** Some changes of a value, oldest first, and whether it has older ones. */
    public record History(List<Change> changes, boolean more) {
    }

    /** Locks a period against further entry (the ward's leaders). */
    @Transactional
    @PreAuthorize("@access.direct(#ward, 'access.leader-only.lock')")
    public void lock(Ward ward, String periodCode) {
        values.lock(ward.id().value(), ReportingPeriod.parseCalendar(periodCode).code(), CurrentActor.name());
        events.publishEvent(ChangeRecorded.created("indicator_period_lock", ward.code() + "/" + periodCode,
                ward, Map.of("period", periodCode)));
    }

    /** An indicator of the ward in one of its periods. */
    IndicatorView view(Ward ward, String code, ReportingPeriod period) {
        return view(ward, indicators.row(ward, code), indicators.get(ward, code), period);
    }

    /** Only the value, without the target, trend and projection a view works out. */
    BigDecimal value(Ward ward, String code, ReportingPeriod period) {
        return value(ward, indicators.row(ward, code), indicators.get(ward, code), period, 0);
    }

    /**
     * The explanation entered with the indicator's value of one of its periods (what a RED value
     * needs before its form is submitted); null if none.
     */
    public String explanation(Ward ward, String code, String periodCode) {
        var entered = entered(ward, code, ReportingPeriod.parseCalendar(periodCode));
        return entered == null ? null : entered.explanation();
    }

    /** What was entered for an indicator and period, with its comment and explanation; null if nothing. */
    IndicatorValueRepository.ValueRow entered(Ward ward, String code, ReportingPeriod period) {
        return values.find(indicators.row(ward, code).id(), period.code()).orElse(null);
    }

    /**
     * The goal a value of the indicator in one of its periods is judged against: the target of the
     * first target year from the period's on or, judged by pace, the point on the line from the
     * baseline (the dashboard's target path); null without a target.
     */
    public BigDecimal goal(Ward ward, String code, String periodCode) {
        Indicator indicator = indicators.get(ward, code);
        ReportingPeriod period = ReportingPeriod.containing(indicator.periodType(), ReportingPeriod.parseCalendar(periodCode).to());
        Judgement.Target target = target(indicators.row(ward, code), period);
        return target == null ? null : Judgement.goal(target, period, indicator.byPace());
    }

    /** The target a value of the period is judged against: of the first target year from the period's on, else the last. */
    Judgement.Target target(Row row, ReportingPeriod period) {
        List<Judgement.Target> targets = indicators.targets(row.id());
        return targets.stream().filter(t -> t.year() >= period.year()).findFirst()
                .orElse(targets.isEmpty() ? null : targets.getLast());
    }

    private IndicatorView view(Ward ward, Row row, Indicator indicator, ReportingPeriod period) {
        BigDecimal value = value(ward, row, indicator, period, 0);
        Judgement.Target target = target(row, period);
        if (target == null) {
            return new IndicatorView(indicator.code(), indicator.name(), indicator.unit(), period.code(), value,
                    null, null, null, null);
        }
        Judgement.Status status = value == null ? null : Judgement.status(indicator.direction(), value,
                Judgement.goal(target, period, indicator.byPace()), indicator.amberWithin());
        return new IndicatorView(indicator.code(), indicator.name(), indicator.unit(), period.code(), value,
                target.target(), target.year(), status,
                Judgement.projection(trend(ward, row, indicator, period, TREND), target, indicator.direction(),
                        indicator.unit() == Indicator.Unit.PERCENT));
    }

    /** The values of up to {@code count} periods up to the period, oldest first (the projection's trend, the indicator page). */
    List<Judgement.Point> trend(Ward ward, Row row, Indicator indicator, ReportingPeriod period, int count) {
        List<Judgement.Point> points = new ArrayList<>();
        if (indicator.source() == Indicator.Source.ENTERED) {
            values.recent(row.id(), period.code(), count)
                    .forEach(v -> points.add(new Judgement.Point(ReportingPeriod.parseCalendar(v.period()), v.value())));
        } else {
            ReportingPeriod p = period;
            for (int i = 0; i < count; i++, p = ReportingPeriod.containing(p.kind(), p.from().minusDays(1))) {
                BigDecimal v = value(ward, row, indicator, p, 0);
                if (v != null) {
                    points.add(new Judgement.Point(p, v));
                }
            }
        }
        points.sort(Comparator.comparingLong(pt -> pt.period().index()));
        return points;
    }

    private BigDecimal value(Ward ward, Row row, Indicator indicator, ReportingPeriod period, int depth) {
        return switch (indicator.source()) {
            case ENTERED -> values.find(row.id(), period.code()).map(IndicatorValueRepository.ValueRow::value)
                    .orElse(null);
            case COMPUTED -> metrics.value(ward, indicator.metric(), period);
            case FORMULA -> depth > 5 ? null : formula(ward, indicator, period, depth);
        };
    }

    private BigDecimal formula(Ward ward, Indicator indicator, ReportingPeriod period, int depth) {
        BigDecimal top = part(ward, indicator.numerator(), period, depth);
        BigDecimal bottom = part(ward, indicator.denominator(), period, depth);
        if (top == null || bottom == null || bottom.signum() == 0) {
            return null;
        }
        BigDecimal factor = indicator.factor() == null ? BigDecimal.ONE : indicator.factor();
        return top.multiply(factor).divide(bottom, 2, RoundingMode.HALF_UP);
    }

    private BigDecimal part(Ward ward, String code, ReportingPeriod period, int depth) {
        Row row = indicators.row(ward, code);
        Indicator part = indicators.get(ward, code);
        return value(ward, row, part, ReportingPeriod.containing(part.periodType(), period.to()), depth + 1);
    }
}
