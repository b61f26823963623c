package vn.ward57.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.ward57.common.Texts;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;

/**
 * A person to put on the staff list or to change; {@code unit} is the code of a unit of the ward.
 * The annotations serve the page's form; {@link #check()} holds the same rules for the API and
 * imports, after the access check.
 */
public record StaffMemberForm(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}")
        String fullName,
        @NotBlank(message = "{validation.required}") String unit,
        @Size(max = 200, message = "{validation.too-long}") String position,
        @NotNull(message = "{validation.required}") LocalDate inPostFrom,
        LocalDate inPostTo,
        @Size(max = 1000, message = "{validation.too-long}") String note) {

    public StaffMemberForm {
        fullName = Texts.blankToNull(fullName);
        unit = Texts.blankToNull(unit);
        position = Texts.blankToNull(position);
        note = Texts.blankToNull(note);
    }

    /** Throws the first broken rule, naming its field. */
    public void check() {
        if (fullName == null) {
            throw new InvalidInputException("staff.name-required", "fullName");
        }
        if (fullName.length() > 200) {
            throw new InvalidInputException("people.too-long", "fullName", 200);
        }
        if (unit == null) {
            throw new InvalidInputException("staff.unit-required", "unit");
        }
        if (position != null && position.length() > 200) {
            throw new InvalidInputException("people.too-long", "position", 200);
        }
        if (note != null && note.length() > 1000) {
            throw new InvalidInputException("people.too-long", "note", 1000);
        }
        if (inPostFrom == null) {
            throw new InvalidInputException("staff.from-required", "inPostFrom");
        }
        if (inPostTo != null && !inPostTo.isAfter(inPostFrom)) {
            throw new InvalidInputException("staff.left-before-start", "inPostTo", VietnameseFormat.date(inPostTo),
                    VietnameseFormat.date(inPostFrom));
        }
    }
}
