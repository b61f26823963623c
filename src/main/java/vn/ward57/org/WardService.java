package vn.ward57.org;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.domain.ProvinceRepository;
import vn.ward57.org.domain.WardRepository;

/**
 * Wards: every read checks that the acting user may see the ward. Pages and the API get the ward as a
 * {@link Ward} parameter (org/web's WardArguments), which comes from {@link #get(String)} once per request.
 */
@Service
@Transactional(readOnly = true)
public class WardService {

    private final WardRepository wards;
    private final ProvinceRepository provinces;
    private final ApplicationEventPublisher events;
    private final WardAccess access;

    WardService(WardRepository wards, ProvinceRepository provinces, ApplicationEventPublisher events,
                WardAccess access) {
        this.access = access;
        this.wards = wards;
        this.provinces = provinces;
        this.events = events;
    }

    /**
     * The ward, if it exists and the acting user may read it: one indexed read, no transaction of its own
     * (every request with a {wardCode} comes here first; a transaction's begin and commit cost more than the read).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Ward get(String code) {
        Ward ward = wards.findByCode(code).orElseThrow(() -> new NotFoundException("ward.not-found", null, code));
        access.read(ward);
        return ward;
    }

    /**
     * The ward with its revision, read together without a transaction of its own: a page that keeps
     * what it computed by revision (the dashboard) then needs no other query when nothing changed.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public WardAtRevision getAtRevision(String code) {
        WardAtRevision found = wards.findByCodeWithRevision(code)
                .orElseThrow(() -> new NotFoundException("ward.not-found", null, code));
        access.read(found.ward());
        return found;
    }

    /** A ward by its id (a record keyed by ward names it so), if the acting user may read it. */
    public Ward get(WardId id) {
        Ward ward = wards.findById(id).orElseThrow(() -> new NotFoundException("ward.not-found", null, id.value()));
        access.read(ward);
        return ward;
    }

    /** The wards the acting user may open: all of a province admin's provinces, or the user's own. */
    @Transactional(propagation = Propagation.SUPPORTS)  // one statement, on every page of an admin
    public List<Ward> visible() {
        Actor actor = CurrentActor.get();
        if (actor.isProvinceAdmin()) {
            return wards.findByProvinceCodes(actor.provinceCodes());
        }
        return wards.findByCode(actor.wardCode()).stream().toList();
    }

    /**
     * Fails with 404 if the province does not exist, then 403 if the acting user does not administer it;
     * one indexed read and no transaction of its own, for a page that needs the check but not the wards.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Province requireProvince(String provinceCode) {
        Province province = provinces.findByCode(provinceCode)
                .orElseThrow(() -> new NotFoundException("province.not-found", null, provinceCode));
        access.administer(provinceCode);
        return province;
    }

    public List<Ward> inProvince(String provinceCode) {
        return inProvince(requireProvince(provinceCode));
    }

    /** The wards of a province its admin has opened (a {@link Province} parameter is checked so). */
    public List<Ward> inProvince(Province province) {
        return wards.findByProvinceCodes(List.of(province.code()));
    }

    @Transactional
    @PreAuthorize("@access.administer(#province)")
    public Ward create(Province province, CodeNameForm form) {
        if (wards.findByCode(form.code()).isPresent()) {
            throw new ConflictException("ward.duplicate", "code", form.code());
        }
        long id = wards.insert(province.id(), form.code(), form.name());
        Ward ward = new Ward(new WardId(id), province.id(), province.code(), province.name(), form.code(), form.name());
        events.publishEvent(ChangeRecorded.created("ward", form.code(), province.id(), id, ward));
        return ward;
    }

    @Transactional
    @PreAuthorize("@access.administer(#before.provinceCode())")
    public Ward rename(Ward before, NameForm form) {
        wards.rename(before.id(), form.name());
        Ward after = new Ward(before.id(), before.provinceId(), before.provinceCode(), before.provinceName(),
                before.code(), form.name());
        events.publishEvent(ChangeRecorded.updated("ward", before.code(), before,
                before, after));
        return after;
    }

    /** Refused while the ward still has units, residential groups, users or other data. */
    @Transactional
    @PreAuthorize("@access.administer(#ward.provinceCode())")
    public void delete(Ward ward) {
        DatabaseConstraint.check(() -> wards.delete(ward.id()));
        events.publishEvent(ChangeRecorded.deleted("ward", ward.code(), ward, ward));
    }
}
