package vn.ward57.org;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.domain.ResidentialGroupRepository;

/** The residential groups (tổ dân phố, thôn) of a ward; changed by those who manage its organisation. */
@Service
@Transactional(readOnly = true)
public class ResidentialGroupService {

    private final ResidentialGroupRepository groups;
    private final ApplicationEventPublisher events;

    ResidentialGroupService(ResidentialGroupRepository groups, ApplicationEventPublisher events) {
        this.groups = groups;
        this.events = events;
    }

    public List<ResidentialGroup> list(Ward ward) {
        return groups.findByWard(ward.id());
    }

    public ResidentialGroup get(Ward ward, String code) {
        return groups.find(ward.id(), code)
                .orElseThrow(() -> new NotFoundException("group.not-found", null, code, ward.name()));
    }

    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public ResidentialGroup create(Ward ward, ResidentialGroupForm form) {
        if (form.code() == null) {
            throw new InvalidInputException("validation.required.code", "code");
        }
        if (groups.find(ward.id(), form.code()).isPresent()) {
            throw new ConflictException("group.duplicate", "code", form.code());
        }
        long id = groups.insert(ward.id(), form.code(), form.name(), form.households());
        ResidentialGroup group = new ResidentialGroup(id, ward.id(), form.code(), form.name(), form.households());
        events.publishEvent(ChangeRecorded.created("residential_group", key(ward, form.code()), ward, group));
        return group;
    }

    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public ResidentialGroup update(Ward ward, String code, ResidentialGroupForm form) {
        if (form.code() != null && !form.code().equals(code)) {
            throw new InvalidInputException("validation.code-fixed", "code");
        }
        ResidentialGroup before = get(ward, code);
        groups.update(before.id(), form.name(), form.households());
        ResidentialGroup after = new ResidentialGroup(before.id(), ward.id(), code, form.name(), form.households());
        events.publishEvent(ChangeRecorded.updated("residential_group", key(ward, code), ward, before, after));
        return after;
    }

    @Transactional
    @PreAuthorize("@access.manage(#ward)")
    public void delete(Ward ward, String code) {
        ResidentialGroup group = get(ward, code);
        DatabaseConstraint.check(() -> groups.delete(group.id()));
        events.publishEvent(ChangeRecorded.deleted("residential_group", key(ward, code), ward, group));
    }

    /** The group's key on the audit log, as a unit's: ward/code. */
    private static String key(Ward ward, String code) {
        return ward.code() + "/" + code;
    }
}
