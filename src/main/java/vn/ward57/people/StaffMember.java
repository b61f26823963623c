package vn.ward57.people;

import java.time.LocalDate;

/**
 * A person on the ward's staff list: in post from {@code inPostFrom} up to the day before
 * {@code inPostTo} (null while still in post).
 */
public record StaffMember(long id, String wardCode, String unitCode, String unitName, String fullName,
                          String position, LocalDate inPostFrom, LocalDate inPostTo, String note) {

    public boolean inPostOn(LocalDate day) {
        return !inPostFrom.isAfter(day) && (inPostTo == null || inPostTo.isAfter(day));
    }
}
