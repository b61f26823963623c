package vn.ward57.org;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.domain.ResidentialGroupRepository;

/** The residential groups (tổ dân phố, thôn) of a ward. */
@Service
@Transactional(readOnly = true)
public class ResidentialGroupService {

    private final WardService wards;
    private final ResidentialGroupRepository groups;
    private final ApplicationEventPublisher events;

    ResidentialGroupService(WardService wards, ResidentialGroupRepository groups, ApplicationEventPublisher events) {
        this.wards = wards;
        this.groups = groups;
        this.events = events;
    }

    public List<ResidentialGroup> list(String wardCode) {
        return groups.findByWard(wards.get(wardCode).id());
    }

    public ResidentialGroup get(String wardCode, String code) {
        Ward ward = wards.get(wardCode);
        return groups.find(ward.id(), code)
                .orElseThrow(() -> new NotFoundException("group.not-found", null, code, ward.name()));
    }

    @Transactional
    public ResidentialGroup create(String wardCode, ResidentialGroupForm form) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireManageWard(ward.provinceCode(), ward.code());
        if (form.code() == null) {
            throw new InvalidInputException("validation.required.code", "code");
        }
        if (groups.find(ward.id(), form.code()).isPresent()) {
            throw new ConflictException("group.duplicate", "code", form.code());
        }
        long id = groups.insert(ward.id(), form.code(), form.name(), form.households());
        ResidentialGroup group = new ResidentialGroup(id, ward.id(), form.code(), form.name(), form.households());
        events.publishEvent(ChangeRecorded.created("residential_group", wardCode + "/" + form.code(),
                ward.provinceId(), ward.id().value(), group));
        return group;
    }

    @Transactional
    public ResidentialGroup update(String wardCode, String code, ResidentialGroupForm form) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireManageWard(ward.provinceCode(), ward.code());
        if (form.code() != null && !form.code().equals(code)) {
            throw new InvalidInputException("validation.code-fixed", "code");
        }
        ResidentialGroup before = get(wardCode, code);
        groups.update(before.id(), form.name(), form.households());
        ResidentialGroup after = new ResidentialGroup(before.id(), ward.id(), code, form.name(), form.households());
        events.publishEvent(ChangeRecorded.updated("residential_group", wardCode + "/" + code,
                ward.provinceId(), ward.id().value(), before, after));
        return after;
    }

    @Transactional
    public void delete(String wardCode, String code) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireManageWard(ward.provinceCode(), ward.code());
        ResidentialGroup group = get(wardCode, code);
        DatabaseConstraint.check(() -> groups.delete(group.id()));
        events.publishEvent(ChangeRecorded.deleted("residential_group", wardCode + "/" + code,
                ward.provinceId(), ward.id().value(), group));
    }
}
