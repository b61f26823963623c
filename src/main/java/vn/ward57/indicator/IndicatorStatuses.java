package vn.ward57.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * How many of a ward's indicators are RED in a period, judged as {@link IndicatorValueService#all}
 * judges them but without the trend and projection it also works out (seven values of each
 * computed indicator instead of one), so a province's wards can be counted in one view.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorStatuses {

    private final WardService wards;
    private final IndicatorService indicators;
    private final IndicatorValueService values;

    IndicatorStatuses(WardService wards, IndicatorService indicators, IndicatorValueService values) {
        this.wards = wards;
        this.indicators = indicators;
        this.values = values;
    }

    public long red(String wardCode, String periodCode) {
        Ward ward = wards.get(wardCode);
        IsoPeriod asked = IsoPeriod.parse(periodCode);
        long red = 0;
        for (Indicator i : indicators.list(ward)) {
            IsoPeriod own = IsoPeriod.containing(i.periodType(), asked.end());
            List<Judgement.Target> targets = indicators.targets(indicators.row(ward, i.code()).id());
            // the same target as the indicator's view: its first year from the period's on, else the last
            Judgement.Target target = targets.stream().filter(t -> t.year() >= own.year()).findFirst()
                    .orElse(targets.isEmpty() ? null : targets.getLast());
            if (target == null) {
                continue;
            }
            BigDecimal value = values.value(ward, i.code(), own);
            if (value != null && Judgement.status(i.direction(), value, Judgement.goal(target, own, i.byPace()),
                    i.amberWithin()) == Judgement.Status.RED) {
                red++;
            }
        }
        return red;
    }
}
