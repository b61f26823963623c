package vn.ward57.feedback;

import java.time.LocalDate;

/**
 * What anyone may see of an item: never a name or phone; content, answer and transfer only once an officer
 * published it (published), the address only then and if the resident agreed.
 */
public record PublicFeedback(String code, String categoryCode, String categoryName, String content,
                             String address, LocalDate receivedOn, LocalDate dueOn, FeedbackState state,
                             String answer, LocalDate answeredOn, String transferredTo, String unitName,
                             java.time.OffsetDateTime receivedAt, java.time.OffsetDateTime updatedAt,
                             boolean published) {
}
