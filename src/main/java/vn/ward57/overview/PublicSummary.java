package vn.ward57.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ward57.indicator.Indicator;
import vn.ward57.indicator.Judgement;

/**
 * A ward's published figures of a year, for anyone: no names, usernames, phone numbers or texts
 * people wrote; indicator values only once approved or locked. Rates in percent, 2 decimals.
 */
public record PublicSummary(String wardCode, String wardName, String provinceName, int year, LocalDate asOf,
                            List<DossierMonth> dossiers, Tasks tasks, List<IndicatorValue> indicators) {

    /** A month's dossiers: newly received, of them online; resolved, of them early or on time. */
    public record DossierMonth(String month, long received, long online, long resolved, long onTime,
                               BigDecimal onlineRate, BigDecimal onTimeRate) {
    }

    /** The tasks as of asOf: assigned, done (on time or late), and the completion rate. */
    public record Tasks(long assigned, long done, BigDecimal completionRate) {
    }

    public record IndicatorValue(String code, String name, Indicator.Unit unit, String period, BigDecimal value,
                                 BigDecimal target, Integer targetYear, Judgement.Status status) {
    }
}
