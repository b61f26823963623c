package vn.ward57.community.domain;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.community.CommunityFigures;
import vn.ward57.community.DigitalGroups;
import vn.ward57.org.Ward;

/** The register's figures ({@link CommunityFigures}), each one SQL aggregate. */
@Service
@Transactional(readOnly = true)
class CommunityFigureService implements CommunityFigures {

    private final CommunityFigureRepository figures;

    CommunityFigureService(CommunityFigureRepository figures) {
        this.figures = figures;
    }

    @Override
    public long teams(Ward ward, LocalDate asOf) {
        return figures.teams(ward.id().value(), required(asOf, "asOf"));
    }

    @Override
    public long members(Ward ward, LocalDate asOf) {
        return figures.members(ward.id().value(), required(asOf, "asOf"));
    }

    @Override
    public long residentsHelped(Ward ward, LocalDate from, LocalDate to) {
        if (required(from, "from").isAfter(required(to, "to"))) {
            throw new InvalidInputException("community.bad-range", "from", from.toString(), to.toString());
        }
        return figures.residentsHelped(ward.id().value(), from, to);
    }

    @Override
    public DigitalGroups digitalGroups(Ward ward, String period) {
        return figures.digitalGroups(ward.id().value(), ReportingPeriod.parseCalendar(period).code());
    }

    @Override
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
