package vn.ward57.indicator;

import java.math.BigDecimal;
import vn.ward57.common.ReportingPeriod.Kind;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.indicator.Judgement.Direction;

/**
 * An indicator of the ward's catalogue. Its value arises by {@link Source}: COMPUTED from the
 * system's own records by a figure of the catalogue ({@code metric}: its code), ENTERED by the lead unit, or a FORMULA
 * numerator / denominator × factor over other indicators of the same period.
 */
public record Indicator(String code, String name, Unit unit, Direction direction, Kind periodType,
                        Source source, String metric, String numerator, String denominator, BigDecimal factor,
                        String leadUnit, BigDecimal amberWithin, boolean byPace) {

    public enum Unit { PERCENT, COUNT, VND, NUMBER }

    public enum Source { COMPUTED, ENTERED, FORMULA }
}
