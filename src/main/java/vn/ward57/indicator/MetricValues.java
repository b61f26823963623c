package vn.ward57.indicator;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.ward57.figure.Figures;

/** The value of a COMPUTED indicator for a period: the catalogue's figure over the period's dates. */
@Component
class MetricValues {

    private final Figures figures;

    MetricValues(Figures figures) {
        this.figures = figures;
    }

    /** Null when the period has nothing to measure, or the code names no figure of the catalogue. */
    BigDecimal value(String wardCode, String metric, IsoPeriod period) {
        if (figures.find(metric).isEmpty()) {
            return null;
        }
        return figures.value(wardCode, metric, period.start(), period.end());
    }
}
