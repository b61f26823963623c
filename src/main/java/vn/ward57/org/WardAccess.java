package vn.ward57.org;

import java.util.Collection;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.security.Role;

/**
 * The one access rule of ward57, for {@code @PreAuthorize("@access.enterData(#ward)")} on the services and for
 * the pages' buttons. Reading a ward is checked where the ward is resolved (a {@link Ward} parameter, or
 * {@link WardService#get}); the writes are checked here. A check answers true or throws
 * {@link AccessDeniedException} whose message is the key the person reads (403): a user of the ward is told
 * what only others may do ("only your unit's data"), anyone else only that the ward is not theirs.
 * The {@code can…} methods answer the same rule without throwing, for showing or hiding a button.
 */
@Component("access")
public class WardAccess {

    /** Reading the ward: its own users, and the admins of its province. */
    public boolean read(Ward ward) {
        return require(canRead(ward), ward, "access.ward-denied");
    }

    /** The ward's own records: anyone of the ward but a viewer, and the province's admins. */
    public boolean enterData(Ward ward) {
        return require(canEnterData(ward), ward, "access.ward-read-only");
    }

    /**
     * A record of one unit: a unit officer only its own unit's; a record of no unit (unitCode null) belongs to
     * the whole ward, so not to a unit officer. Everyone else who enters the ward's data.
     */
    public boolean editUnit(Ward ward, String unitCode) {
        return require(canEditUnit(ward, unitCode), ward, !canEnterData(ward) ? "access.ward-read-only"
                : unitCode == null ? "access.ward-wide-only" : "access.unit-denied");
    }

    /**
     * A ward-wide register, whose records belong to no unit (budget, certificates; a whole file of a per-unit
     * register): the ward's officers not limited to a unit, its leaders, the province's admins.
     */
    public boolean enterWardWide(Ward ward) {
        return require(canEnterWardWide(ward), ward, canEnterData(ward) ? "access.ward-wide-only"
                : "access.ward-read-only");
    }

    /** The ward's organisation (units, residential groups): its leaders, officers of no unit, province admins. */
    public boolean manage(Ward ward) {
        return require(canManage(ward), ward, "access.ward-read-only");
    }

    /** Directing the ward's work (reassigning, extending, approving, issuing): leaders and province admins. */
    public boolean direct(Ward ward) {
        return direct(ward, "access.leader-only");
    }

    /** As above; leaderOnlyKey says to a user of the ward what only its leaders may do. */
    public boolean direct(Ward ward, String leaderOnlyKey) {
        return require(canDirect(ward), ward, leaderOnlyKey);
    }

    /** The province's own work (its wards, reports, overview): its admins and the system admin holding it. */
    public boolean administer(String provinceCode) {
        Actor actor = CurrentActor.get();
        if (!actor.isProvinceAdmin() || (provinceCode != null && !actor.provinceCodes().contains(provinceCode))) {
            throw new AccessDeniedException("access.province-denied");
        }
        return true;
    }

    public boolean administer(Province province) {
        return administer(province.code());
    }

    /** Creating provinces: the system administrator only. */
    public boolean systemAdmin() {
        if (!CurrentActor.get().isSystemAdmin()) {
            throw new AccessDeniedException("access.system-admin-only");
        }
        return true;
    }

    /**
     * Creating, changing or deleting a user account of this role, province(s) and ward: the system admin's
     * account by the system admin only; a province admin those of its provinces; a ward leader the officers
     * and viewers of its ward.
     */
    public boolean manageUser(Role role, Collection<String> provinceCodes, String wardCode) {
        if (!canManageUser(role, provinceCodes, wardCode)) {
            throw new AccessDeniedException("access.user-denied");
        }
        return true;
    }

    public boolean canRead(Ward ward) {
        return CurrentActor.find().map(a -> a.canReadWard(ward.provinceCode(), ward.code())).orElse(false);
    }

    public boolean canEnterData(Ward ward) {
        return CurrentActor.find().map(a -> a.canEnterData(ward.provinceCode(), ward.code())).orElse(false);
    }

    public boolean canEditUnit(Ward ward, String unitCode) {
        return CurrentActor.find().map(a -> unitCode == null ? a.canManageWard(ward.provinceCode(), ward.code())
                : a.canEditUnit(ward.provinceCode(), ward.code(), unitCode)).orElse(false);
    }

    public boolean canEnterWardWide(Ward ward) {
        return canManage(ward);
    }

    public boolean canManage(Ward ward) {
        return CurrentActor.find().map(a -> a.canManageWard(ward.provinceCode(), ward.code())).orElse(false);
    }

    public boolean canDirect(Ward ward) {
        return CurrentActor.find().map(a -> a.canDirectWard(ward.provinceCode(), ward.code())).orElse(false);
    }

    public boolean canManageUser(Role role, Collection<String> provinceCodes, String wardCode) {
        Actor actor = CurrentActor.get();
        if (role == Role.SYSTEM_ADMIN) {
            return actor.isSystemAdmin();
        }
        if (actor.isProvinceAdmin()) {
            return !provinceCodes.isEmpty() && actor.provinceCodes().containsAll(provinceCodes);
        }
        return actor.role() == Role.WARD_LEADER && (role == Role.WARD_OFFICER || role == Role.VIEWER)
                && actor.wardCode().equals(wardCode);
    }

    /** The unit an officer is limited to, or null: what a per-unit list or form offers them. */
    public String ownUnit() {
        return CurrentActor.find().filter(a -> a.role() == Role.WARD_OFFICER).map(Actor::unitCode).orElse(null);
    }

    /** true, or the refusal: denied to a user of the ward, or "not your ward" to anyone else. */
    private static boolean require(boolean allowed, Ward ward, String deniedKey) {
        if (allowed) {
            return true;
        }
        Actor actor = CurrentActor.get();
        throw new AccessDeniedException(actor.canReadWard(ward.provinceCode(), ward.code())
                ? deniedKey : "access.ward-denied");
    }
}
