package vn.ward57.check;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A number as the text writes it, read.
 *
 * @param start       its first character in the block's text
 * @param end         one past its last (the unit included: "98,70%", "820 triệu đồng")
 * @param value       the count, the percentage, the amount in đồng, a fraction's numerator; null for dates
 * @param decimals    decimals written (a rate "81,6%" is exact to 0,05)
 * @param denominator a fraction's denominator (7.185/7.355), else null
 * @param date        a date, a period's first day, a month's first day; null when the year is not written
 * @param until       a period's last day, else null
 */
record Reading(int start, int end, String raw, Form form, Measure measure, BigDecimal value, int decimals,
               BigDecimal denominator, LocalDate date, LocalDate until) {

    enum Form {
        /** a bare number: 12.456 */
        PLAIN,
        /** A/B */
        FRACTION,
        PERCENT,
        MONEY,
        DATE,
        /** "tháng 12 năm 2025", "tháng 6/2026" */
        MONTH,
        PERIOD,
        /** "2025 - 2035" */
        YEARS,
        /** 70/KH-UBND, 57-NQ/TW, 30/2020/NĐ-CP */
        DOCUMENT_NUMBER,
        /** 1., 2.1., (3), a list's marker */
        LIST_MARK,
        TIME,
        /** 5G, Chợ 4.0, số7 (a footnote mark), ISO 9001: part of a name */
        CODE
    }

    boolean isNumber() {
        return value != null && (form == Form.PLAIN || form == Form.FRACTION || form == Form.PERCENT || form == Form.MONEY);
    }

    static Reading of(int start, int end, String raw, Form form, Measure measure, BigDecimal value, int decimals) {
        return new Reading(start, end, raw, form, measure, value, decimals, null, null, null);
    }
}
