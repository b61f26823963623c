package vn.ward57.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The province view of a year to date: every ward ranked, the province's dossiers month by month,
 * and the parts whose sum is the ranking score (each with its formula, shown beside the result).
 *
 * @param formsPeriod the month whose forms the rows count, and as of which their RED indicators are
 *                    counted (IndicatorStatuses.count: each indicator in its latest period ended by then)
 * @param formsPeriodName the same in words for the labels ("Tháng 11/2026")
 */
public record ProvinceDashboard(String provinceCode, String provinceName, int year, LocalDate asOf,
                                String formsPeriod, String formsPeriodName, List<WardRow> wards, List<MonthPoint> months,
                                Totals total, List<ScorePart> scoreParts) {

    /** The province's new dossiers by channel and its on-time rate in one month. */
    public record MonthPoint(YearMonth month, long online, long inPerson, long postal, long resolved,
                             BigDecimal onTimeRate) {
    }

    /** The province's figures of the year to date. */
    public record Totals(long newlyReceived, long newOnline, long resolved, BigDecimal onlineRate,
                         BigDecimal onTimeRate) {
    }

    /** One part of the 766 estimate: name and formula as message keys, its maximum. */
    public record ScorePart(String nameKey, String formulaKey, int max) {
    }
}
