package vn.ward57.community;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.ward57.common.error.InvalidInputException;

/** The ISO period codes an assessment is made for: 2026, 2026S1, 2026Q2, 2026-05. */
final class Periods {

    private static final Pattern CODE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])|Q[1-4]|S[12])?");

    private Periods() {
    }

    static String check(String code) {
        String text = code == null ? "" : code.strip();
        if (!CODE.matcher(text).matches()) {
            throw new InvalidInputException("period.bad", "period", text);
        }
        return text;
    }

    /** The half-year containing the day: the period a ward assesses its groups for unless told. */
    static String halfYearOf(LocalDate day) {
        return day.getYear() + (day.getMonthValue() <= 6 ? "S1" : "S2");
    }
}
