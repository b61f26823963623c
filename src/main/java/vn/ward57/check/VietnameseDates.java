package vn.ward57.check;

import java.time.LocalDate;
import vn.ward57.common.VietnameseFormat;

/** Dates and numbers written as running text writes them (06/6/2026, 12.456). */
final class VietnameseDates {

    private VietnameseDates() {
    }

    static String text(LocalDate d) {
        return d == null ? "" : VietnameseFormat.date(d);
    }

    static String count(java.math.BigDecimal n) {
        return VietnameseFormat.count(n);
    }
}
