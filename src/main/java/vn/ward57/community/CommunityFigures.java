package vn.ward57.community;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.community.domain.CommunityFigureRepository;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The figures of the register that the indicator catalogue and the reports read: teams and members
 * as of a day, residents helped in a range, groups meeting the "Tổ dân phố số" checklist in a period.
 * Each checks that the current user may read the ward.
 */
@Service
@Transactional(readOnly = true)
public class CommunityFigures {

    private final WardService wards;
    private final CommunityFigureRepository figures;

    CommunityFigures(WardService wards, CommunityFigureRepository figures) {
        this.wards = wards;
        this.figures = figures;
    }

    /** What the register's page and API show at once; residents helped from 1 January of asOf's year. */
    public record Summary(LocalDate asOf, long teams, long members, long residentsHelped, long groups) {
    }

    /** Teams founded on or before the day and not dissolved on or before it. */
    public long teams(String wardCode, LocalDate asOf) {
        return figures.teams(ward(wardCode), required(asOf, "asOf"));
    }

    /** Members of those teams who had joined by the day and not left by it. */
    public long members(String wardCode, LocalDate asOf) {
        return figures.members(ward(wardCode), required(asOf, "asOf"));
    }

    /** Residents helped by the activities held from one day to another, both included. */
    public long residentsHelped(String wardCode, LocalDate from, LocalDate to) {
        long ward = ward(wardCode);
        if (required(from, "from").isAfter(required(to, "to"))) {
            throw new InvalidInputException("community.bad-range", "from", from.toString(), to.toString());
        }
        return figures.residentsHelped(ward, from, to);
    }

    /** Groups assessed in exactly that period, and of them those meeting every criterion applied now. */
    public DigitalGroups digitalGroups(String wardCode, String period) {
        long ward = ward(wardCode);
        return figures.digitalGroups(ward, ReportingPeriod.parseCalendar(period).code());
    }

    public Summary summary(String wardCode, LocalDate asOf) {
        long ward = ward(wardCode);
        required(asOf, "asOf");
        return new Summary(asOf, figures.teams(ward, asOf), figures.members(ward, asOf),
                figures.residentsHelped(ward, asOf.withDayOfYear(1), asOf), figures.residentialGroups(ward));
    }

    private long ward(String wardCode) {
        Ward ward = wards.get(wardCode);
        return ward.id().value();
    }

    private static LocalDate required(LocalDate day, String field) {
        if (day == null) {
            throw new InvalidInputException("community.required", field, Input.label(field));
        }
        return day;
    }
}
