package vn.ward57.budget;

import java.math.BigDecimal;

/**
 * An amount of money as a person types it. Amounts are whole đồng in a long, never a double; they are
 * written through {@link vn.ward57.common.VietnameseFormat#dong} and
 * {@link vn.ward57.common.VietnameseFormat#millionDong}.
 */
public final class Money {

    private Money() {
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
}
