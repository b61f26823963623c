package vn.ward57.common.audit;

/**
 * A ward as the audit log files its changes: under its province and its key. org's Ward is one; common knows
 * no Ward, so the change events take this.
 */
public interface AuditedWard {

    long provinceId();

    /** The ward's database key. */
    long wardKey();
}
