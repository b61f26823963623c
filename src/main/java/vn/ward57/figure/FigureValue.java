package vn.ward57.figure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure's value for a ward and a period: {@code asOf} is the day the value stands for (the period's
 * end, or today for a figure whose records have no dates); {@code source} names the records.
 */
public record FigureValue(String code, BigDecimal value, LocalDate asOf, String source) {
}
