package vn.ward57.feedback;

/**
 * A ward's feedback figures for the 766 index over [from, to]: received in the period; handled in it on or
 * before the due date (as {@link FeedbackStats#resolvedOnTime}); closed in it with the submitter's answer
 * on satisfaction (rated), and of those the satisfied ones.
 */
public record FeedbackIndexFigures(long received, long handledOnTime, long rated, long satisfied) {

    public static final FeedbackIndexFigures NONE = new FeedbackIndexFigures(0, 0, 0, 0);
}
