package vn.ward57.overview;

import java.math.BigDecimal;
import vn.ward57.task.TaskStats;

/**
 * A ward in the province view: its tasks' light today; online and on-time rates of the year to date
 * (percent, null without dossiers); the share of last month's forms submitted (null when none was owed);
 * its RED indicators as of last month (IndicatorStatuses.count); its 766 estimate (sum of the parts that have data) and rank.
 */
public record WardRow(String code, String name, TaskStats.Light light, BigDecimal onlineRate, BigDecimal onTimeRate,
                      BigDecimal formsCompleteness, long formsExpected, long formsSubmitted, long redIndicators,
                      BigDecimal score, int rank) {
}
