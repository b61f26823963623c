package vn.ward57.budget;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Money as Vietnamese documents write it: {@code 1.056.000.000 đồng} or {@code 1.056 triệu đồng}
 * (thousands with '.', decimals with ','). Exact: amounts are whole đồng in a long, never a double.
 * Usable from templates: {@code ${T(vn.ward57.budget.Money).dong(x)}}.
 */
public final class Money {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Money() {
    }

    /** 1056000000 → "1.056.000.000 đồng". */
    public static String dong(long amount) {
        return format(BigDecimal.valueOf(amount)) + " đồng";
    }

    /** 1056000000 → "1.056 triệu đồng"; 1056500000 → "1.056,5 triệu đồng"; 1 → "0,000001 triệu đồng". */
    public static String million(long amount) {
        return format(BigDecimal.valueOf(amount).divide(MILLION)) + " triệu đồng";
    }

    /** The number alone, grouped: 1056000000 → "1.056.000.000" (for table cells under a "đồng" header). */
    public static String number(long amount) {
        return format(BigDecimal.valueOf(amount));
    }

    /**
     * An amount as a person types it: "1.056.000.000", "1056000000", "120.000.000 đồng", "12,5";
     * null when blank. A text that is no number gives {@link NumberFormatException}.
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replaceAll("(?iu)\\s*(đồng|đ|vnđ|vnd)$", "").replace(" ", "")
                .replace("\u00a0", "");
        if (plain.matches("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            plain = plain.replace(".", "");
        }
        return new BigDecimal(plain.replace(',', '.'));
    }

    private static String format(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.######", symbols);
        return format.format(value);
    }
}
