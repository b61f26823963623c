package vn.ward57.audit;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.audit.domain.AuditRepository;
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

    private final AuditRepository log;
    private final WardService wards;
    private final OrgLookup org;

    AuditService(AuditRepository log, WardService wards, OrgLookup org) {
        this.log = log;
        this.wards = wards;
        this.org = org;
    }

    public AuditPage search(AuditFilter filter) {
        Actor actor = CurrentActor.get();
        if (!actor.isProvinceAdmin() && actor.role() != Role.WARD_LEADER) {
            throw new AccessDeniedException("access.audit-denied");
        }
        List<Long> wardIds = wards.visible().stream().map(w -> w.id().value()).toList();
        List<Long> provinceIds = actor.provinceCodes().stream()
                .flatMap(code -> org.province(code).map(Province::id).stream()).toList();
        Long ward = filter.ward() == null ? null : wardIdOf(filter.ward());
        var scope = new AuditRepository.Scope(wardIds, provinceIds, ward, filter.actor(), filter.entity(),
                filter.from(), filter.to());
        return new AuditPage(log.find(scope, PAGE_SIZE, (long) filter.page() * PAGE_SIZE), log.count(scope),
                filter.page(), PAGE_SIZE);
    }

    /** The kinds of record in the log (names only: no record of another ward shows through them). */
    public List<String> entities() {
        return log.entities();
    }

    private long wardIdOf(String code) {
        Ward ward = wards.get(code);
        return ward.id().value();
    }
}
