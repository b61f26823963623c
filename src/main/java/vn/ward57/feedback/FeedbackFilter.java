package vn.ward57.feedback;

/** List filters; nulls do not narrow. overdue: only open items past their due date. */
public record FeedbackFilter(String state, String category, String unit, Boolean overdue, String q) {

    public static FeedbackFilter none() {
        return new FeedbackFilter(null, null, null, null, null);
    }
}
