package vn.ward57.feedback;

import java.time.LocalDate;

/** What anyone may see of a public item: no name, no phone. */
public record PublicFeedback(String code, String categoryCode, String categoryName, String content,
                             String address, LocalDate receivedOn, LocalDate dueOn, FeedbackState state,
                             String answer, LocalDate answeredOn, String transferredTo, String unitName,
                             java.time.OffsetDateTime receivedAt, java.time.OffsetDateTime updatedAt) {
}
