package vn.ward57.people;

/** Training events held in a period, their participants over all target groups, certificates issued. */
public record TrainingCount(long events, long participants, long certificates) {
}
