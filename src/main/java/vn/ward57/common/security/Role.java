package vn.ward57.common.security;

/** What a user may do; see {@link Actor} for where. */
public enum Role {
    /**
     * Quản trị hệ thống (the first administrator): a province admin of the provinces assigned to the user,
     * who alone creates provinces.
     */
    SYSTEM_ADMIN,
    /** Cán bộ Sở / tỉnh: every ward of the provinces assigned to the user. */
    PROVINCE_ADMIN,
    /** Chủ tịch / Phó Chủ tịch UBND phường: edits and approves the data of one ward. */
    WARD_LEADER,
    /** Cán bộ, công chức phường: edits the data of one ward, possibly only of one unit. */
    WARD_OFFICER,
    /** Read only, one ward. */
    VIEWER;

    /** Whether the role belongs to provinces (assigned to the user) rather than to one ward. */
    public boolean provinceLevel() {
        return this == SYSTEM_ADMIN || this == PROVINCE_ADMIN;
    }
}
