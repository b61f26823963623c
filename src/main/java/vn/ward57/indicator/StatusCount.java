package vn.ward57.indicator;

import java.util.List;

/**
 * A ward's indicators counted by status as of a period ({@link IndicatorStatuses#count}): each in the
 * period it was judged for, without a projection. Unjudged are those without a target or a value.
 *
 * @param period     the period asked for, as a code ({@code 2026-11})
 * @param periodName the same in words for the labels ("Tháng 11/2026")
 */
public record StatusCount(String period, String periodName, long red, long amber, long green, long unjudged,
                          List<IndicatorView> indicators) {
}
