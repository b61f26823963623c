package vn.ward57.people;

import java.time.LocalDate;

/**
 * A person on the ward's staff list: in post from {@code inPostFrom} up to the day before
 * {@code inPostTo} (null while still in post). version: raised by every change (the API's ETag, the form's
 * hidden field).
 */
public record StaffMember(long id, String wardCode, String unitCode, String unitName, String fullName,
                          String position, LocalDate inPostFrom, LocalDate inPostTo, String note, long version) {

    public boolean inPostOn(LocalDate day) {
        return !inPostFrom.isAfter(day) && (inPostTo == null || inPostTo.isAfter(day));
    }
}
