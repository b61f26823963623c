package vn.ward57.indicator;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.WardTime;
import vn.ward57.figure.Figure;
import vn.ward57.figure.FigureValue;
import vn.ward57.figure.Figures;
import vn.ward57.org.Ward;

/** The value of a COMPUTED indicator for a period: the catalogue's figure over the period's dates. */
@Component
class MetricValues {

    private final Figures figures;

    MetricValues(Figures figures) {
        this.figures = figures;
    }

    /**
     * Null when the period has nothing to measure, the code names no figure of the catalogue, or the records
     * cannot say the period's value (a past period's cameras while one has no installation date: the
     * catalogue gives today's count, which is not that period's value to keep and judge).
     */
    BigDecimal value(Ward ward, String metric, ReportingPeriod period) {
        if (figures.find(metric).isEmpty()) {
            return null;
        }
        FigureValue v = figures.valueOf(ward, metric, period.from(), period.to());
        boolean undated = figures.get(metric).basis() != Figure.Basis.CURRENT && v.asOf().isAfter(period.to())
                && period.to().isBefore(WardTime.today());
        return undated ? null : v.value();
    }
}
