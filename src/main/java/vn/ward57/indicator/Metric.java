package vn.ward57.indicator;

/** The figures the system computes from its own records, by the name a COMPUTED indicator gives. */
public enum Metric {
    /** Dossiers received online / newly received (issue 3's onlineRate). */
    DOSSIER_ONLINE_RATE,
    /** Dossiers resolved early or on time / resolved. */
    DOSSIER_ON_TIME_RATE,
    /** Newly received dossiers with digitised input / newly received. */
    DOSSIER_DIGITISED_INPUT_RATE,
    /** Dossiers with a fee paid online / dossiers with a fee. */
    DOSSIER_ONLINE_PAYMENT_RATE,
    /** Procedures fully online / procedures of the catalogue. */
    PROCEDURES_FULL_ONLINE_SHARE,
    /** Tasks done (on time or late) / tasks assigned, as of the period's end (issue 4). */
    TASK_COMPLETION_RATE,
    /** Staff in post (số có mặt) of the period's year, over all units. */
    STAFF_FILLED,
    /** Residential groups (tổ dân phố) of the ward. */
    RESIDENTIAL_GROUPS,
    // the registers of issue 6, as of the period's last day or over the period
    /** Staff in post on the staff list who attended a digital-skills training by the period's end. */
    STAFF_TRAINED,
    /** Those × 100 / staff in post on the staff list. */
    STAFF_TRAINED_SHARE,
    /** People who took part in training events held in the period (all target groups). */
    TRAINING_PARTICIPANTS,
    /** Community digital-technology teams active at the period's end. */
    COMMUNITY_TEAMS,
    /** Their members at the period's end. */
    COMMUNITY_TEAM_MEMBERS,
    /** Residents the teams helped in the period. */
    RESIDENTS_HELPED,
    /** Residential groups assessed for the period that meet every Tổ dân phố số criterion. */
    DIGITAL_GROUPS,
    /**
     * Residential groups with a camera in service on the period's last day × 100 / residential groups; for a
     * period already over only when every camera has its installation date.
     */
    CAMERA_GROUP_SHARE,
    /** Digital certificates issued to bodies in the period. */
    CERTIFICATES_FOR_BODIES,
    /** Digital certificates issued to people in the period. */
    CERTIFICATES_FOR_PEOPLE,
    /** The year's science, innovation and digital-transformation budget disbursed × 100 / adjusted estimate, by the period's end. */
    BUDGET_DISBURSEMENT_RATE
}
