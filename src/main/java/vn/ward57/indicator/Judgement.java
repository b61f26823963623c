package vn.ward57.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.ward57.common.ReportingPeriod;

/**
 * How a value stands against its target (issue 5). By threshold: GREEN at or beyond the goal,
 * AMBER within amberWithin percent of it, RED otherwise. By pace, the goal is where the straight
 * line from the baseline (at the end of its year) to the target (at the end of the target year)
 * stands at the end of the period. The projection extends the least-squares line of the recent
 * values, one step a period, to the last period of the target year.
 */
public final class Judgement {

    /** The colour of a value against its goal. */
    public enum Status { GREEN, AMBER, RED }

    /** Whether higher values are better (most) or lower ones (e.g. overdue dossiers). */
    public enum Direction { HIGHER, LOWER }

    /** A target for a year, with the baseline the straight line starts from (both may be absent). */
    public record Target(int year, BigDecimal target, BigDecimal baseline, Integer baselineYear) {
    }

    /** The projected value at the target year's last period, and whether it reaches the target. */
    public record Projection(BigDecimal value, boolean reaches) {
    }

    /** A value of a period, for the trend. */
    public record Point(ReportingPeriod period, BigDecimal value) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Judgement() {
    }

    public static Status status(Direction direction, BigDecimal value, BigDecimal goal, BigDecimal amberWithin) {
        BigDecimal margin = goal.abs().multiply(amberWithin).divide(HUNDRED, 8, RoundingMode.HALF_UP);
        if (direction == Direction.HIGHER) {
            return value.compareTo(goal) >= 0 ? Status.GREEN
                    : value.compareTo(goal.subtract(margin)) >= 0 ? Status.AMBER : Status.RED;
        }
        return value.compareTo(goal) <= 0 ? Status.GREEN
                : value.compareTo(goal.add(margin)) <= 0 ? Status.AMBER : Status.RED;
    }

    /** The goal of a period: the target itself, or by pace the point on the line from the baseline. */
    public static BigDecimal goal(Target target, ReportingPeriod period, boolean byPace) {
        if (!byPace || target.baseline() == null || target.baselineYear() == null) {
            return target.target();
        }
        var from = java.time.LocalDate.of(target.baselineYear(), 12, 31);
        var to = java.time.LocalDate.of(target.year(), 12, 31);
        double fraction = (double) ChronoUnit.DAYS.between(from, period.to()) / ChronoUnit.DAYS.between(from, to);
        fraction = Math.max(0, Math.min(1, fraction));
        return target.baseline().add(target.target().subtract(target.baseline())
                .multiply(BigDecimal.valueOf(fraction))).setScale(4, RoundingMode.HALF_UP);
    }

    /** Null with fewer than two values; percentages are kept within 0-100. */
    public static Projection projection(List<Point> recent, Target target, Direction direction, boolean percent) {
        if (recent.size() < 2) {
            return null;
        }
        long first = recent.getFirst().period().index();
        double n = recent.size();
        double meanX = recent.stream().mapToLong(p -> p.period().index() - first).average().orElseThrow();
        double meanY = recent.stream().mapToDouble(p -> p.value().doubleValue()).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Point p : recent) {
            double dx = p.period().index() - first - meanX;
            sxy += dx * (p.value().doubleValue() - meanY);
            sxx += dx * dx;
        }
        if (sxx == 0 || n < 2) {
            return null;
        }
        ReportingPeriod last = ReportingPeriod.lastOfYear(recent.getLast().period().kind(), target.year());
        double projected = meanY + sxy / sxx * (last.index() - first - meanX);
        if (percent) {
            projected = Math.max(0, Math.min(100, projected));
        }
        BigDecimal value = new BigDecimal(projected, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
        boolean reaches = direction == Direction.HIGHER ? value.compareTo(target.target()) >= 0
                : value.compareTo(target.target()) <= 0;
        return new Projection(value, reaches);
    }
}
