package vn.ward57.community;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.community.domain.CommunityFigureRepository;
import vn.ward57.org.Ward;

/**
 * The figures of the register that the indicator catalogue and the reports read: teams and members
 * as of a day, residents helped in a range, groups meeting the "Tổ dân phố số" checklist in a period.
 * Each reads a ward the caller has read-checked.
 */
@Service
@Transactional(readOnly = true)
public class CommunityFigures {

    private final CommunityFigureRepository figures;

    CommunityFigures(CommunityFigureRepository figures) {
        this.figures = figures;
    }

    /** What the register's page and API show at once; residents helped from 1 January of asOf's year. */
    public record Summary(LocalDate asOf, long teams, long members, long residentsHelped, long groups) {
    }

    /** Teams founded on or before the day and not dissolved on or before it. */
    public long teams(Ward ward, LocalDate asOf) {
        return figures.teams(ward.id().value(), required(asOf, "asOf"));
    }

    /** Members of those teams who had joined by the day and not left by it. */
    public long members(Ward ward, LocalDate asOf) {
        return figures.members(ward.id().value(), required(asOf, "asOf"));
    }

    /** Residents helped by the activities held from one day to another, both included. */
    public long residentsHelped(Ward ward, LocalDate from, LocalDate to) {
        if (required(from, "from").isAfter(required(to, "to"))) {
            throw new InvalidInputException("community.bad-range", "from", from.toString(), to.toString());
        }
        return figures.residentsHelped(ward.id().value(), from, to);
    }

    /** Groups assessed in exactly that period, and of them those meeting every criterion applied now. */
    public DigitalGroups digitalGroups(Ward ward, String period) {
        return figures.digitalGroups(ward.id().value(), ReportingPeriod.parseCalendar(period).code());
    }

    public Summary summary(Ward ward, LocalDate asOf) {
        long id = ward.id().value();
        required(asOf, "asOf");
        return new Summary(asOf, figures.teams(id, asOf), figures.members(id, asOf),
                figures.residentsHelped(id, asOf.withDayOfYear(1), asOf), figures.residentialGroups(id));
    }

    private static LocalDate required(LocalDate day, String field) {
        if (day == null) {
            throw new InvalidInputException("community.required", field, Input.label(field));
        }
        return day;
    }
}
