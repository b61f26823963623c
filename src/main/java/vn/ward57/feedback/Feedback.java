package vn.ward57.feedback;

import java.time.LocalDate;

/**
 * One feedback item as officers see it (the submitter's name and phone are for the handling officers only;
 * the public views use {@link PublicFeedback}). isPublic: published by publishedBy; addressConsent: the
 * resident agreed that the address be shown with it. overdue: open and past its due date today. version: raised
 * by every step (the API's ETag, the step form's hidden field).
 */
public record Feedback(long id, String code, FeedbackChannel channel, LocalDate receivedOn, String categoryCode,
                       String categoryName, String content, String address, String submitterName,
                       String submitterPhone, String unitCode, String unitName, LocalDate dueOn,
                       FeedbackState state, String answer, LocalDate answeredOn, LocalDate closedOn,
                       Boolean satisfied, String transferredTo, boolean isPublic, String publishedBy,
                       boolean addressConsent, String repeatOf, boolean overdue, long version) {
}
