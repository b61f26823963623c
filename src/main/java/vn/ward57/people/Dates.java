package vn.ward57.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in messages as the ward writes them: 06/6/2026. */
final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/M/uuuu");

    private Dates() {
    }

    static String shown(LocalDate day) {
        return day.format(SHOWN);
    }
}
