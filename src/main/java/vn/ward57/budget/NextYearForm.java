package vn.ward57.budget;

import java.math.BigDecimal;

/** Next year's estimate from fromYear's lines: each line's adjusted estimate × percent / 100. */
public record NextYearForm(Integer fromYear, BigDecimal percent) {
}
