package vn.ward57.audit.domain;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.audit.AuditFilter;
import vn.ward57.audit.AuditPage;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.security.Role;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** Searching the audit log; leaders see their ward's entries, province admins their provinces'. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    public static final int PAGE_SIZE = 50;

    /** No ward has this id: a ward filter naming none of the user's wards finds nothing. */
    private static final long NO_WARD = -1L;

    private final AuditRepository log;
    private final WardService wards;
    private final OrgLookup org;

    AuditService(AuditRepository log, WardService wards, OrgLookup org) {
        this.log = log;
        this.wards = wards;
        this.org = org;
    }

    /**
     * Everything the acting leader or province admin may see: the entries of the wards it may open and the
     * province-level entries of its provinces. filter.ward() narrows to one of those wards; a code that is none
     * of them (another ward's, or no ward's) narrows to nothing.
     */
    public AuditPage search(AuditFilter filter) {
        Actor actor = CurrentActor.get();
        if (!actor.isProvinceAdmin() && actor.role() != Role.WARD_LEADER) {
            throw new AccessDeniedException("access.audit-denied");
        }
        List<Ward> visible = wards.visible();
        List<Long> provinceIds = actor.provinceCodes().stream()
                .flatMap(code -> org.province(code).map(Province::id).stream()).toList();
        Long ward = filter.ward() == null ? null : visible.stream().filter(w -> w.code().equals(filter.ward()))
                .map(w -> w.id().value()).findFirst().orElse(NO_WARD);
        return page(new AuditRepository.Scope(visible.stream().map(w -> w.id().value()).toList(), provinceIds, ward,
                filter.actor(), filter.entity(), filter.from(), filter.to()), filter.page());
    }

    /** One ward's entries: for its leaders and its province's admins, as the whole log is. */
    @PreAuthorize("@access.direct(#ward, 'access.audit-denied')")
    public AuditPage search(Ward ward, AuditFilter filter) {
        long id = ward.id().value();
        return page(new AuditRepository.Scope(List.of(id), List.of(), id, filter.actor(), filter.entity(),
                filter.from(), filter.to()), filter.page());
    }

    /** The kinds of record in the log (names only: no record of another ward shows through them). */
    public List<String> entities() {
        return log.entities();
    }

    private AuditPage page(AuditRepository.Scope scope, int page) {
        return new AuditPage(log.find(scope, PAGE_SIZE, (long) page * PAGE_SIZE), log.count(scope), page, PAGE_SIZE);
    }
}
