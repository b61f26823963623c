package vn.ward57.org;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.domain.ProvinceRepository;
import vn.ward57.org.domain.WardRepository;

/** Provinces a user sees and, for province admins, manages. */
@Service
@Transactional(readOnly = true)
public class ProvinceService {

    private final ProvinceRepository provinces;
    private final WardRepository wards;
    private final ProvinceAdmins admins;
    private final ApplicationEventPublisher events;

    ProvinceService(ProvinceRepository provinces, WardRepository wards, ProvinceAdmins admins,
                    ApplicationEventPublisher events) {
        this.provinces = provinces;
        this.wards = wards;
        this.admins = admins;
        this.events = events;
    }

    /** A province admin's provinces; a ward user's own province. */
    public List<Province> visible() {
        Actor actor = CurrentActor.get();
        if (actor.isProvinceAdmin()) {
            return provinces.findByCodes(actor.provinceCodes());
        }
        return wards.findByCode(actor.wardCode())
                .flatMap(w -> provinces.findById(w.provinceId())).stream().toList();
    }

    public Province get(String code) {
        Province province = provinces.findByCode(code)
                .orElseThrow(() -> new NotFoundException("province.not-found", null, code));
        Actor actor = CurrentActor.get();
        boolean own = actor.isProvinceAdmin()
                ? actor.provinceCodes().contains(code)
                : wards.findByCode(actor.wardCode()).map(w -> w.provinceCode().equals(code)).orElse(false);
        if (!own) {
            throw new AccessDeniedException("access.province-denied");
        }
        return province;
    }

    /** The system admin creates a province and becomes one of its admins (to give it its own). */
    @Transactional
    @PreAuthorize("@access.systemAdmin()")
    public Province create(CodeNameForm form) {
        Actor actor = CurrentActor.get();
        if (provinces.findByCode(form.code()).isPresent()) {
            throw new ConflictException("province.duplicate", "code", form.code());
        }
        long id = provinces.insert(form.code(), form.name());
        admins.grant(actor.username(), id);
        Province created = new Province(id, form.code(), form.name(), 0);
        events.publishEvent(ChangeRecorded.created("province", form.code(), id, null, created));
        return created;
    }

    @Transactional
    @PreAuthorize("@access.administer(#before)")
    public Province rename(Province before, NameForm form) {
        provinces.rename(before.id(), form.name());
        Province after = new Province(before.id(), before.code(), form.name(), before.wardCount());
        events.publishEvent(ChangeRecorded.updated("province", before.code(), before.id(), null, before, after));
        return after;
    }

    @Transactional
    @PreAuthorize("@access.administer(#province)")
    public void delete(Province province) {
        String code = province.code();
        if (province.wardCount() > 0) {
            throw new ConflictException("error.still-referenced", null, "table.ward");
        }
        DatabaseConstraint.check(() -> {
            admins.revokeAll(province.id());
            provinces.delete(province.id());
        });
        events.publishEvent(ChangeRecorded.deleted("province", code, province.id(), null, province));
    }

    /**
     * Records which provinces a province admin manages. The user module owns that table and
     * implements this; declared here so a new province can name its creator as admin.
     */
    public interface ProvinceAdmins {
        void grant(String username, long provinceId);

        void revokeAll(long provinceId);
    }
}
