package vn.ward57.org;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.domain.StaffingRepository;

/** Biên chế: positions allotted to each unit and filled, per year. */
@Service
@Transactional(readOnly = true)
public class StaffingService {

    private final UnitService units;
    private final StaffingRepository staffing;
    private final ApplicationEventPublisher events;

    StaffingService(UnitService units, StaffingRepository staffing, ApplicationEventPublisher events) {
        this.units = units;
        this.staffing = staffing;
        this.events = events;
    }

    public StaffingSummary summary(Ward ward, int year) {
        StaffingRepository.Totals totals = staffing.totals(ward.id(), year);
        return new StaffingSummary(year, staffing.rows(ward.id(), year),
                totals.allotted(), totals.filled(), totals.missing());
    }

    /** A unit's row: a unit officer sets only its own unit's. */
    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #unitCode)")
    public StaffingForm set(Ward ward, String unitCode, int year, StaffingForm form) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("validation.year", "year");
        }
        if (form.filled() > form.allotted()) {
            throw new InvalidInputException("staffing.filled-over-allotted", "filled");
        }
        Unit unit = units.get(ward, unitCode);
        String key = ward.code() + "/" + unitCode + "/" + year;
        var before = staffing.find(unit, year);
        staffing.upsert(unit, year, form);
        events.publishEvent(before.isPresent()
                ? ChangeRecorded.updated("staffing", key, ward, before.get(), form)
                : ChangeRecorded.created("staffing", key, ward, form));
        return form;
    }
}
