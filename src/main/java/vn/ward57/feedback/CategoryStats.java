package vn.ward57.feedback;

/** The period's figures of one category. */
public record CategoryStats(String code, String name, FeedbackStats figures) {
}
