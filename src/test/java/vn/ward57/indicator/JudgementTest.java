package vn.ward57.indicator;

import vn.ward57.common.ReportingPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ward57.indicator.Judgement.Direction;
import vn.ward57.indicator.Judgement.Point;
import vn.ward57.indicator.Judgement.Status;
import vn.ward57.indicator.Judgement.Target;

/** Status, pace and projection on examples worked out by hand. */
class JudgementTest {

    private static final BigDecimal TEN = BigDecimal.TEN;
    /** ≥ 95% of residents with an e-ID account by 2035 (seed 001), from 60% at the end of 2025. */
    private static final Target EID = new Target(2035, bd("95"), bd("60"), 2025);

    @Test
    void byThresholdGreenAtTheTargetAmberWithinTenPercentRedBelow() {
        // 95 × 0.9 = 85.5
        assertThat(Judgement.status(Direction.HIGHER, bd("95"), bd("95"), TEN)).isEqualTo(Status.GREEN);
        assertThat(Judgement.status(Direction.HIGHER, bd("85.5"), bd("95"), TEN)).isEqualTo(Status.AMBER);
        assertThat(Judgement.status(Direction.HIGHER, bd("85.49"), bd("95"), TEN)).isEqualTo(Status.RED);
        // lower is better: at most 20 overdue, amber up to 22
        assertThat(Judgement.status(Direction.LOWER, bd("20"), bd("20"), TEN)).isEqualTo(Status.GREEN);
        assertThat(Judgement.status(Direction.LOWER, bd("22"), bd("20"), TEN)).isEqualTo(Status.AMBER);
        assertThat(Judgement.status(Direction.LOWER, bd("22.01"), bd("20"), TEN)).isEqualTo(Status.RED);
    }

    @Test
    void byPaceTheGoalIsOnTheLineFromTheBaseline() {
        // end of 2026: 365 of the 3.652 days from 31/12/2025 to 31/12/2035 (leap years 2028, 2032):
        // 60 + 35 × 365 / 3652 = 63,4981
        BigDecimal goal = Judgement.goal(EID, ReportingPeriod.parseCalendar("2026"), true);
        assertThat(goal).isEqualByComparingTo("63.4981");
        assertThat(Judgement.status(Direction.HIGHER, bd("64"), goal, TEN)).isEqualTo(Status.GREEN);
        assertThat(Judgement.status(Direction.HIGHER, bd("63"), goal, TEN)).isEqualTo(Status.AMBER);
        assertThat(Judgement.status(Direction.HIGHER, bd("57"), goal, TEN)).isEqualTo(Status.RED);   // < 57,148
        // without pace the same 64 is far from 95: RED
        assertThat(Judgement.status(Direction.HIGHER, bd("64"), Judgement.goal(EID, ReportingPeriod.parseCalendar("2026"), false),
                TEN)).isEqualTo(Status.RED);
        // before the baseline's end the line has not started; after the target year it stays at the target
        assertThat(Judgement.goal(EID, ReportingPeriod.parseCalendar("2025-06"), true)).isEqualByComparingTo("60");
        assertThat(Judgement.goal(EID, ReportingPeriod.parseCalendar("2040"), true)).isEqualByComparingTo("95");
    }

    @Test
    void theProjectionExtendsTheRecentTrendToTheTargetYear() {
        // +5 a year from 40 in 2023: 2035 is 10 years after 2025 → 50 + 50 = 100 ≥ 95
        var yearly = Judgement.projection(List.of(point("2023", "40"), point("2024", "45"), point("2025", "50")),
                EID, Direction.HIGHER, true);
        assertThat(yearly.value()).isEqualByComparingTo("100.00");
        assertThat(yearly.reaches()).isTrue();
        // +0,1 a month from 60,2 in 2026-03: 117 months to 2035-12 → 60,2 + 11,7 = 71,9 < 95
        var monthly = Judgement.projection(List.of(point("2026-01", "60"), point("2026-02", "60.1"),
                point("2026-03", "60.2")), EID, Direction.HIGHER, true);
        assertThat(monthly.value()).isEqualByComparingTo("71.90");
        assertThat(monthly.reaches()).isFalse();
        // a percentage never projects past 100; one value gives no trend
        var steep = Judgement.projection(List.of(point("2026-01", "60"), point("2026-02", "70")), EID,
                Direction.HIGHER, true);
        assertThat(steep.value()).isEqualByComparingTo("100.00");
        assertThat(Judgement.projection(List.of(point("2026-01", "60")), EID, Direction.HIGHER, true)).isNull();
    }

    private static Point point(String period, String value) {
        return new Point(ReportingPeriod.parseCalendar(period), bd(value));
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
