package vn.ward57.feedback;

/**
 * A ward's feedback figures for the 766 index over [from, to]: due, the items whose due date falls in the
 * period; handledOnTime, of those the ones handled on or before their due date (so never more than due: an
 * item carried over from an earlier period counts in the period it falls due, issue 20); closed in the
 * period with the submitter's answer on satisfaction (rated), and of those the satisfied ones.
 */
public record FeedbackIndexFigures(long due, long handledOnTime, long rated, long satisfied) {

    public static final FeedbackIndexFigures NONE = new FeedbackIndexFigures(0, 0, 0, 0);
}
