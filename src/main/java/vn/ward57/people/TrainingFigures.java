package vn.ward57.people;

import java.time.LocalDate;
import vn.ward57.org.Ward;

/**
 * The figures of the people register that indicators and reports read, of a ward the caller has
 * read-checked. An interface because it is what other modules see of this one: what computes it sits in
 * {@code domain/} beside its SQL, out of their reach.
 */
public interface TrainingFigures {

    /**
     * Staff in post on asOf (in_post_from ≤ asOf, in_post_to null or after it), those of them who
     * attended at least one digital-skills event (programme not OTHER) held on or before asOf, and
     * the share trained × 100 / in post, 2 decimals half up (null when nobody is in post).
     */
    StaffTrained staffTrained(Ward ward, LocalDate asOf);

    /** Events held in [from, to], their participants over all target groups, certificates issued. */
    TrainingCount training(Ward ward, LocalDate from, LocalDate to);
}
