package vn.ward57.check;

import java.time.LocalDate;

/**
 * The time a sentence speaks of: "đến ngày 06/6/2026" (a day), "từ 01/7/2025 đến 06/6/2026" (a period),
 * "năm 2025" (a year); with "giai đoạn 2" and the like as a label. Empty when the sentence names no time.
 */
record Scope(LocalDate from, LocalDate to, String label, boolean dated) {

    static final Scope NONE = new Scope(null, null, "", false);

    boolean isEmpty() {
        return from == null && to == null && label.isEmpty();
    }

    /** A day or a period written out, not only a year or a month. */
    boolean hasDay() {
        return dated && to != null;
    }

    /** The figures of a report of [from, to] hold for this sentence: its period is the report's, or its day the last. */
    boolean fits(LocalDate reportFrom, LocalDate reportTo) {
        if (!label.isEmpty()) {
            return false;
        }
        if (to == null) {
            return from == null;
        }
        return to.equals(reportTo) && (from == null || from.equals(reportFrom));
    }

    @Override
    public String toString() {
        String time = from == null ? (to == null ? "" : "đến " + VietnameseDates.text(to))
                : VietnameseDates.text(from) + " – " + VietnameseDates.text(to);
        return (time + " " + label).strip();
    }
}
