package vn.ward57.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

/**
 * Numbers and dates written the Vietnamese way (DOMAIN.md, writing conventions): {@code 12.456},
 * {@code 98,70%}, {@code 06/6/2026} in running text, {@code ngày 22 tháng 12 năm 2024} in headers.
 */
public final class VietnameseFormat {

    private static final DecimalFormatSymbols SYMBOLS = symbols();

    private VietnameseFormat() {
    }

    /** 12456 → "12.456"; null → "". */
    public static String count(Number n) {
        if (n == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(n);
    }

    /** 15 → "15,00": points and other figures written with exactly two decimals; null → "–". */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** 98.7 → "98,70%" (always two decimals, as the seeds write rates); null → "–" (nothing to divide by). */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(rate) + "%";
    }

    /**
     * 2026-06-06 → "06/6/2026": the day with two digits; the month with two only for January and February
     * (Decree 30, as the seeds write "01/01/2026" but "30/6/2026").
     */
    public static String date(LocalDate d) {
        return d == null ? "" : "%02d/%s/%d".formatted(d.getDayOfMonth(), month(d), d.getYear());
    }

    /**
     * The header form of Decree 30: "ngày 22 tháng 12 năm 2024"; days below 10 and the months
     * January and February take a leading zero ("ngày 05 tháng 02 năm 2026").
     */
    public static String longDate(LocalDate d) {
        return "ngày %02d tháng %s năm %d".formatted(d.getDayOfMonth(), month(d), d.getYear());
    }

    private static String month(LocalDate d) {
        int m = d.getMonthValue();
        return m < 3 ? "%02d".formatted(m) : String.valueOf(m);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        s.setMinusSign('-');
        return s;
    }
}
