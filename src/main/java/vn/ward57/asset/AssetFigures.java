package vn.ward57.asset;

import java.time.LocalDate;
import java.util.List;
import vn.ward57.common.WardTime;
import vn.ward57.org.Ward;

/**
 * The figures of the equipment and certificate registers, for the pages, the reports and the
 * indicator catalogue, each of a ward the caller has read-checked. An interface because it is what
 * other modules see of this one: what computes it sits in {@code domain/} beside its SQL, out of their reach.
 */
public interface AssetFigures {

    /** Every kind of equipment standing today, in the register's order: the quantity, and those in service. */
    default List<KindCount> equipment(Ward ward) {
        return equipment(ward, WardTime.today());
    }

    /**
     * Every kind of equipment standing on the day (installed on or before it, or no installation date, and
     * not removed on or before it), in the register's order: the quantity, and those in service (good or
     * needing repair: the condition is today's, the register keeps no history of it).
     */
    List<KindCount> equipment(Ward ward, LocalDate day);

    /** Cameras as of today. */
    default Cameras cameras(Ward ward) {
        return cameras(ward, WardTime.today());
    }

    /**
     * Cameras in service standing in residential groups on the day (as {@link #equipment(Ward, LocalDate)});
     * the distinct groups with one or more; all the ward's groups; the camera entries without a date.
     */
    Cameras cameras(Ward ward, LocalDate day);

    /**
     * The quantity issued in [from, to] (both days included) of a kind (DIGITAL_CERTIFICATE or
     * OFFICIAL_EMAIL) to a holder (BODY, PERSON, or null for both), new, renewed and changed alike.
     */
    long issued(Ward ward, String kind, String holder, LocalDate from, LocalDate to);

    default AssetSummary summary(Ward ward) {
        return new AssetSummary(equipment(ward), cameras(ward));
    }

    /** Every kind × holder × action issued in [from, to], zeros included. */
    CertificateSummary certificates(Ward ward, LocalDate from, LocalDate to);
}
