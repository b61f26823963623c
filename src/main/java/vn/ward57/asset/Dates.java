package vn.ward57.asset;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as running text writes them: 06/6/2026. */
final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/M/uuuu");

    private Dates() {
    }

    static String shown(LocalDate date) {
        return date.format(SHOWN);
    }
}
