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

    /** 98.7 → "98,70%" (always two decimals, as the seeds write rates); null → "–" (nothing to divide by). */
    public static String percent(BigDecimal rate) {
        if (rate == null) {
            return "–";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", SYMBOLS);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(rate) + "%";
    }

    /** 2026-06-06 → "06/6/2026": the day with two digits, the month without a leading zero. */
    public static String date(LocalDate d) {
        return d == null ? "" : "%02d/%d/%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /**
     * The header form of Decree 30: "ngày 22 tháng 12 năm 2024"; days below 10 and the months
     * January and February take a leading zero ("ngày 05 tháng 02 năm 2026").
     */
    public static String longDate(LocalDate d) {
        int m = d.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(d.getDayOfMonth(), m < 3 ? "%02d".formatted(m) : String.valueOf(m),
                d.getYear());
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols s = new DecimalFormatSymbols();
        s.setGroupingSeparator('.');
        s.setDecimalSeparator(',');
        s.setMinusSign('-');
        return s;
    }

    /** Exact integer percentage helper for figures computed here: part × 100 / whole, 2 decimals; null when whole = 0. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
