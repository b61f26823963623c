package vn.ward57.feedback;

/** The period's figures of one category; nq57Area as the category says ({@link Category}). */
public record CategoryStats(String code, String name, boolean nq57Area, FeedbackStats figures) {
}
