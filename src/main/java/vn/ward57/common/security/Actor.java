package vn.ward57.common.security;

import java.util.Set;

/**
 * The person acting, as the access rule needs them: role and where that role applies.
 *
 * @param provinceCodes provinces of a {@link Role#provinceLevel() province-level} role; empty for ward roles
 * @param wardCode      the one ward of a ward role; null for a province admin
 * @param unitCode      the unit an officer is limited to, or null
 */
public record Actor(String username, String fullName, Role role, Set<String> provinceCodes,
                    String wardCode, String unitCode) {

    public Actor {
        provinceCodes = Set.copyOf(provinceCodes);
    }

    /** A province admin, or the system admin, who is one for the provinces it holds. */
    public boolean isProvinceAdmin() {
        return role.provinceLevel();
    }

    public boolean isSystemAdmin() {
        return role == Role.SYSTEM_ADMIN;
    }

    public boolean canReadWard(String provinceCode, String ward) {
        return isProvinceAdmin() ? provinceCodes.contains(provinceCode) : ward.equals(wardCode);
    }

    /** Changing the ward's organisation (units, residential groups) or its users. */
    public boolean canManageWard(String provinceCode, String ward) {
        if (isProvinceAdmin()) {
            return provinceCodes.contains(provinceCode);
        }
        return ward.equals(wardCode)
                && (role == Role.WARD_LEADER || (role == Role.WARD_OFFICER && unitCode == null));
    }

    /**
     * Entering the ward's own records (imports, reports' data): anyone of the ward but a viewer,
     * and the province's admins.
     */
    public boolean canEnterData(String provinceCode, String ward) {
        return canManageWard(provinceCode, ward) || (role == Role.WARD_OFFICER && ward.equals(wardCode));
    }

    /** Directing the ward's work (reassigning tasks, extending deadlines): its leaders and the province's admins. */
    public boolean canDirectWard(String provinceCode, String ward) {
        return isProvinceAdmin() ? provinceCodes.contains(provinceCode)
                : role == Role.WARD_LEADER && ward.equals(wardCode);
    }

    /** Editing the data of one unit of the ward (an officer limited to a unit edits only that one). */
    public boolean canEditUnit(String provinceCode, String ward, String unit) {
        if (canManageWard(provinceCode, ward)) {
            return true;
        }
        return role == Role.WARD_OFFICER && ward.equals(wardCode) && unit.equals(unitCode);
    }
}
