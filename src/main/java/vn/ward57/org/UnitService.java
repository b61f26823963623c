package vn.ward57.org;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.domain.UnitRepository;

/** The units (phòng, đơn vị) of a ward; changed by those who manage its organisation. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final UnitRepository units;
    private final ApplicationEventPublisher events;

    UnitService(UnitRepository units, ApplicationEventPublisher events) {
        this.units = units;
        this.events = events;
    }

    public List<Unit> list(Ward ward) {
        return units.findByWard(ward.id());
    }

    public Unit get(Ward ward, String unitCode) {
        return units.find(ward.id(), unitCode)
                .orElseThrow(() -> new NotFoundException("unit.not-found", null, unitCode, ward.name()));
    }

    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public Unit create(Ward ward, CodeNameForm form) {
        if (units.find(ward.id(), form.code()).isPresent()) {
            throw new ConflictException("unit.duplicate", "code", form.code());
        }
        long id = units.insert(ward.id(), form.code(), form.name());
        Unit unit = new Unit(new UnitId(id), ward.id(), form.code(), form.name());
        events.publishEvent(ChangeRecorded.created("unit", key(ward, unit), ward.provinceId(), ward.id().value(), unit));
        return unit;
    }

    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public Unit rename(Ward ward, String unitCode, NameForm form) {
        Unit before = get(ward, unitCode);
        units.rename(before.id(), form.name());
        Unit after = new Unit(before.id(), before.wardId(), unitCode, form.name());
        events.publishEvent(ChangeRecorded.updated("unit", key(ward, after), ward.provinceId(), ward.id().value(),
                before, after));
        return after;
    }

    /** Refused while the unit still owns data (staffing, users, tasks, …). */
    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public void delete(Ward ward, String unitCode) {
        Unit unit = get(ward, unitCode);
        DatabaseConstraint.check(() -> units.delete(unit.id()));
        events.publishEvent(ChangeRecorded.deleted("unit", key(ward, unit), ward.provinceId(), ward.id().value(), unit));
    }

    private static String key(Ward ward, Unit unit) {
        return ward.code() + "/" + unit.code();
    }
}
