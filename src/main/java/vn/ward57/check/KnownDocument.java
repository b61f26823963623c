package vn.ward57.check;

import java.time.LocalDate;

/**
 * A document whose date is known (the ward's directive register, or the national table the engine keeps).
 *
 * @param number as written, "70/KH-UBND", "57-NQ/TW"
 */
public record KnownDocument(String number, LocalDate issuedOn, String title) {
}
