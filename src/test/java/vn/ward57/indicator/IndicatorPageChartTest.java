package vn.ward57.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.ReportingPeriod.Kind;

/**
 * The chart of an indicator's page: its values at their periods' ends, the straight line from the baseline (end of
 * its year) to the target (end of the target year), flat at the target without a baseline, and the projection
 * drawn from the last value to the target year's last period.
 */
class IndicatorPageChartTest {

    private static final Indicator QUARTERLY = new Indicator("Q", "Chỉ tiêu quý", Indicator.Unit.PERCENT,
            Judgement.Direction.HIGHER, Kind.QUARTER, Indicator.Source.ENTERED, null, null, null, null, null,
            BigDecimal.TEN, true);

    @Test
    void thePathRunsFromTheBaselineToTheTargetAndTheProjectionFromTheLastValue() {
        var target = new Judgement.Target(2030, new BigDecimal("90"), new BigDecimal("50"), 2025);
        IndicatorPage.Chart chart = page(target, new Judgement.Projection(new BigDecimal("84.50"), false)).chart();

        assertThat(chart.unit()).isEqualTo("PERCENT");
        assertThat(chart.values()).extracting(IndicatorPage.ChartPoint::at, IndicatorPage.ChartPoint::name)
                .containsExactly(tuple(LocalDate.of(2026, 6, 30), "Quý II/2026"),
                        tuple(LocalDate.of(2026, 9, 30), "Quý III/2026"));
        assertThat(chart.path()).extracting(IndicatorPage.ChartPoint::at, IndicatorPage.ChartPoint::value)
                .containsExactly(tuple(LocalDate.of(2025, 12, 31), new BigDecimal("50")),
                        tuple(LocalDate.of(2030, 12, 31), new BigDecimal("90")));
        assertThat(chart.projection()).extracting(IndicatorPage.ChartPoint::at, IndicatorPage.ChartPoint::value)
                .containsExactly(tuple(LocalDate.of(2026, 9, 30), new BigDecimal("62")),
                        tuple(LocalDate.of(2030, 12, 31), new BigDecimal("84.50")));
    }

    @Test
    void withoutABaselineThePathIsFlatAtTheTargetFromTheFirstValue() {
        var target = new Judgement.Target(2030, new BigDecimal("90"), null, null);
        IndicatorPage.Chart chart = page(target, null).chart();

        assertThat(chart.path()).extracting(IndicatorPage.ChartPoint::at, IndicatorPage.ChartPoint::value)
                .containsExactly(tuple(LocalDate.of(2026, 6, 30), new BigDecimal("90")),
                        tuple(LocalDate.of(2030, 12, 31), new BigDecimal("90")));
        assertThat(chart.projection()).isEmpty();
    }

    @Test
    void valuesAreWrittenTheVietnameseWayInTheIndicatorsUnit() {
        IndicatorPage page = page(null, null);
        assertThat(page.text(new BigDecimal("98.7"))).isEqualTo("98,70%");
        assertThat(page.text(null)).isEqualTo("–");
        assertThat(page.chart().path()).isEmpty();
    }

    private static IndicatorPage page(Judgement.Target target, Judgement.Projection projection) {
        ReportingPeriod q2 = ReportingPeriod.parse("2026Q2");
        ReportingPeriod q3 = ReportingPeriod.parse("2026Q3");
        var judged = new IndicatorView("Q", "Chỉ tiêu quý", Indicator.Unit.PERCENT, "2026Q3", new BigDecimal("62"),
                target == null ? null : target.target(), target == null ? null : target.year(), null, projection);
        return new IndicatorPage(QUARTERLY, null, List.of(), q3, judged, null, target,
                List.of(new IndicatorPage.Point(q2, new BigDecimal("58"), null, null),
                        new IndicatorPage.Point(q3, new BigDecimal("62"), null, null)),
                List.of(), List.of(), null, List.of());
    }
}
