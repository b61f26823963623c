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
    RESIDENTIAL_GROUPS
}
