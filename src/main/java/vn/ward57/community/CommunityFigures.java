package vn.ward57.community;

import java.time.LocalDate;
import vn.ward57.org.Ward;

/**
 * The figures of the register that the indicator catalogue and the reports read: teams and members
 * as of a day, residents helped in a range, groups meeting the "Tổ dân phố số" checklist in a period.
 * Each reads a ward the caller has read-checked. An interface because it is what other modules see of
 * this one: what computes it sits in {@code domain/} beside its SQL, out of their reach.
 */
public interface CommunityFigures {

    /** What the register's page and API show at once; residents helped from 1 January of asOf's year. */
    record Summary(LocalDate asOf, long teams, long members, long residentsHelped, long groups) {
    }

    /** Teams founded on or before the day and not dissolved on or before it. */
    long teams(Ward ward, LocalDate asOf);

    /** Members of those teams who had joined by the day and not left by it. */
    long members(Ward ward, LocalDate asOf);

    /** Residents helped by the activities held from one day to another, both included. */
    long residentsHelped(Ward ward, LocalDate from, LocalDate to);

    /** Groups assessed in exactly that period, and of them those meeting every criterion applied now. */
    DigitalGroups digitalGroups(Ward ward, String period);

    Summary summary(Ward ward, LocalDate asOf);
}
