package vn.ward57.feedback;

import java.time.LocalDate;

/** An item an officer takes in; channel and category are codes, unit a unit code, repeatOf an item code. */
public record FeedbackForm(String channel,
                           @org.springframework.format.annotation.DateTimeFormat(
                                   iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate receivedOn, String category, String content, String address,
                           String submitterName, String submitterPhone, String unit, Boolean isPublic,
                           String repeatOf) {

    public static FeedbackForm empty() {
        return new FeedbackForm("IN_PERSON", null, null, null, null, null, null, null, false, null);
    }
}
