package vn.ward57.community.domain;

import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.ward57.common.Texts;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.table.CellDate;

/**
 * The checks of what a form or API body gives, made in the services after the access check (so a
 * user of another ward is refused before being told what is wrong with the body). Each refusal
 * names the field in the message, since the API answers one field at a time.
 */
final class Input {

    private Input() {
    }

    /** The text stripped, or null when blank; refused when required and blank, or too long. */
    static String text(String value, String field, int maxLength, boolean required) {
        String text = Texts.blankToNull(value);
        if (text == null && required) {
            throw new InvalidInputException("community.required", field, label(field));
        }
        if (text != null && text.length() > maxLength) {
            throw new InvalidInputException("community.too-long", field, label(field), String.valueOf(maxLength));
        }
        return text;
    }

    /** A date written 2026-01-15 (the API, a date input) or 15/01/2026. */
    static LocalDate date(String value, String field, boolean required) {
        String text = text(value, field, 30, required);
        if (text == null) {
            return null;
        }
        LocalDate date = CellDate.parse(text);
        if (date == null) {
            throw new InvalidInputException("community.bad-date", field, label(field), text);
        }
        return date;
    }

    /** Digits, spaces and +, at most 20; null when blank. */
    static String phone(String value, String field) {
        String phone = text(value, field, 20, false);
        if (phone != null && !validPhone(phone)) {
            throw new InvalidInputException("community.bad-phone", field, phone);
        }
        return phone;
    }

    static boolean validPhone(String phone) {
        return phone.length() <= 20 && phone.matches("[0-9 +]+") && phone.matches(".*[0-9].*");
    }

    /** The field's name in the reader's language, resolved when the message is. */
    static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable("community.field." + field);
    }
}
