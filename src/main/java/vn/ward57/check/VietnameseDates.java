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

    /** The date as {@code written} writes dates: "ngày 22 tháng 12 năm 2024" or "22/12/2024". */
    static String like(String written, LocalDate d) {
        String lower = written.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("ngày")) {
            return text(d);
        }
        String full = VietnameseFormat.longDate(d);
        return written.strip().startsWith("N") ? "N" + full.substring(1) : full;
    }

    static String count(java.math.BigDecimal n) {
        return VietnameseFormat.count(n);
    }
}
