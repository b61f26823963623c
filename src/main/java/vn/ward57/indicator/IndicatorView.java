package vn.ward57.indicator;

import java.math.BigDecimal;

/**
 * An indicator for a period as issue 5's API gives it: its value in its own period (the one of its
 * period type containing the period asked for), the target it is judged against, status, projection.
 */
public record IndicatorView(String code, String name, Indicator.Unit unit, String period, BigDecimal value,
                            BigDecimal target, Integer targetYear, Judgement.Status status,
                            Judgement.Projection projection) {
}
