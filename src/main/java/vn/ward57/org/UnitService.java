package vn.ward57.org;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.domain.UnitRepository;

/** The units (phòng, đơn vị) of a ward. */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final WardService wards;
    private final UnitRepository units;
    private final ApplicationEventPublisher events;

    UnitService(WardService wards, UnitRepository units, ApplicationEventPublisher events) {
        this.wards = wards;
        this.units = units;
        this.events = events;
    }

    public List<Unit> list(String wardCode) {
        return units.findByWard(wards.get(wardCode).id());
    }

    public Unit get(String wardCode, String unitCode) {
        Ward ward = wards.get(wardCode);
        return units.find(ward.id(), unitCode)
                .orElseThrow(() -> new NotFoundException("unit.not-found", null, unitCode, ward.name()));
    }

    @Transactional
    public Unit create(String wardCode, CodeNameForm form) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireManageWard(ward.provinceCode(), ward.code());
        if (units.find(ward.id(), form.code()).isPresent()) {
            throw new ConflictException("unit.duplicate", "code", form.code());
        }
        long id = units.insert(ward.id(), form.code(), form.name());
        Unit unit = new Unit(new UnitId(id), ward.id(), form.code(), form.name());
        events.publishEvent(ChangeRecorded.created("unit", key(ward, unit), ward.provinceId(), ward.id().value(), unit));
        return unit;
    }

    @Transactional
    public Unit rename(String wardCode, String unitCode, NameForm form) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireManageWard(ward.provinceCode(), ward.code());
        Unit before = get(wardCode, unitCode);
        units.rename(before.id(), form.name());
        Unit after = new Unit(before.id(), before.wardId(), unitCode, form.name());
        events.publishEvent(ChangeRecorded.updated("unit", key(ward, after), ward.provinceId(), ward.id().value(),
                before, after));
        return after;
    }

    /** Refused while the unit still owns data (staffing, users, tasks, …). */
    @Transactional
    public void delete(String wardCode, String unitCode) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireManageWard(ward.provinceCode(), ward.code());
        Unit unit = get(wardCode, unitCode);
        DatabaseConstraint.check(() -> units.delete(unit.id()));
        events.publishEvent(ChangeRecorded.deleted("unit", key(ward, unit), ward.provinceId(), ward.id().value(), unit));
    }

    private static String key(Ward ward, Unit unit) {
        return ward.code() + "/" + unit.code();
    }
}
