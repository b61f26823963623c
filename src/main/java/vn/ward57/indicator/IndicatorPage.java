package vn.ward57.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.figure.Figure;

/**
 * One indicator as its page shows it (issue 23): judged in {@code period} as the indicators page judges it, its
 * values over the periods before, the target it is judged against, the notes entered with its values, the rules
 * that name it checked in that period, its units by name and, computed, the figure behind its value.
 *
 * @param goal   what the judged period's value is held against (the target, or by pace its point on the line)
 * @param target the target of the judged period (null: none, not judged)
 * @param figure the catalogue's figure of a COMPUTED indicator, else null
 * @param parts  the numerator and denominator of a FORMULA indicator, else empty
 */
public record IndicatorPage(Indicator indicator, String leadUnit, List<String> coordinatingUnits,
                            ReportingPeriod period, IndicatorView judged, BigDecimal goal, Judgement.Target target,
                            List<Point> points, List<Note> notes, List<ValidationService.RuleResult> rules,
                            Figure figure, List<Part> parts) {

    /** An indicator a formula divides, by code (its page) and name (what is shown). */
    public record Part(String code, String name) {
    }

    /** A value of one of the indicator's periods, the goal it is held against there (the target path) and its status. */
    public record Point(ReportingPeriod period, BigDecimal value, BigDecimal goal, Judgement.Status status) {
    }

    /** What was entered with a value: the comment, and the explanation a RED value needs. */
    public record Note(ReportingPeriod period, String explanation, String comment, String by, OffsetDateTime at) {
    }

    /** The chart's data: values at their period's end, the line to the target, the projection's line. */
    public record Chart(String unit, List<ChartPoint> values, List<ChartPoint> path, List<ChartPoint> projection) {
    }

    /** A point in time with its value; name: the period's name ("Tháng 11/2026") for a value. */
    public record ChartPoint(LocalDate at, BigDecimal value, String name) {
    }

    /** A value in the indicator's unit as Vietnamese write it: 98,70%; 12.456; 820.000.000 đồng; "–" for none. */
    public String text(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return switch (indicator.unit()) {
            case PERCENT -> VietnameseFormat.percent(value);
            case VND -> VietnameseFormat.count(value) + " đồng";
            case COUNT, NUMBER -> VietnameseFormat.count(value);
        };
    }

    /** The straight line from the baseline to the target (flat at the target without a baseline). */
    public Chart chart() {
        List<ChartPoint> values = points.stream().filter(p -> p.value() != null)
                .map(p -> new ChartPoint(p.period().to(), p.value(), p.period().name())).toList();
        List<ChartPoint> path = new ArrayList<>();
        List<ChartPoint> projection = new ArrayList<>();
        if (target != null) {
            LocalDate end = LocalDate.of(target.year(), 12, 31);
            if (target.baseline() != null && target.baselineYear() != null) {
                path.add(new ChartPoint(LocalDate.of(target.baselineYear(), 12, 31), target.baseline(), null));
            } else if (!values.isEmpty()) {
                path.add(new ChartPoint(values.getFirst().at(), target.target(), null));
            }
            path.add(new ChartPoint(end, target.target(), null));
            if (judged.projection() != null && !values.isEmpty()) {
                projection.add(values.getLast());
                projection.add(new ChartPoint(ReportingPeriod.lastOfYear(indicator.periodType(), target.year()).to(),
                        judged.projection().value(), null));
            }
        }
        return new Chart(indicator.unit().name(), values, path, projection);
    }

    /** Whether the target is approached by pace from a baseline (the reason names the line). */
    public boolean byPace() {
        return indicator.byPace() && target != null && target.baseline() != null && target.baselineYear() != null;
    }
}
