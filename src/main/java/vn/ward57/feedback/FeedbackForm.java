package vn.ward57.feedback;

import java.time.LocalDate;
import vn.ward57.common.Texts;

/** An item an officer takes in; channel and category are codes, unit a unit code, repeatOf an item code. */
public record FeedbackForm(String channel,
                           @org.springframework.format.annotation.DateTimeFormat(
                                   iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate receivedOn, String category, String content, String address,
                           String submitterName, String submitterPhone, String unit, Boolean isPublic,
                           String repeatOf) {

    /** No unit chosen (the form's empty option) is none: the item is the ward's. */
    public FeedbackForm {
        unit = Texts.blankToNull(unit);
    }

    /** A unit officer's form starts with its unit, the only one it may take items in for. */
    public static FeedbackForm empty(String unit) {
        return new FeedbackForm("IN_PERSON", null, null, null, null, null, null, unit, false, null);
    }
}
