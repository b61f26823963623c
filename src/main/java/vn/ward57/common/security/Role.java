package vn.ward57.common.security;

/** What a user may do; see {@link Actor} for where. */
public enum Role {
    /** Cán bộ Sở / tỉnh: every ward of the provinces assigned to the user. */
    PROVINCE_ADMIN,
    /** Chủ tịch / Phó Chủ tịch UBND phường: edits and approves the data of one ward. */
    WARD_LEADER,
    /** Cán bộ, công chức phường: edits the data of one ward, possibly only of one unit. */
    WARD_OFFICER,
    /** Read only, one ward. */
    VIEWER
}
