package vn.ward57.common.error;

import java.time.OffsetDateTime;

/**
 * The record changed after the client read it (409): the change was based on an older version, so it
 * is refused instead of silently overwriting. Carries the record's version now, who changed it last and
 * when (when the audit log knows), and the record as it stands, so the client can reload.
 */
public class StaleVersionException extends ConflictException {

    private final Long currentVersion;
    private final String changedBy;
    private final OffsetDateTime changedAt;
    private final transient Object current;

    /** @param args the message's arguments: who, the time and the day (or none when not recorded) */
    public StaleVersionException(String messageKey, Long currentVersion, String changedBy, OffsetDateTime changedAt,
                                 Object current, Object... args) {
        super(messageKey, null, args);
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.current = current;
    }

    /** Null when the record does not exist (any more). */
    public Long currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    /** The record as it stands now (for the API's problem detail), or null. */
    public Object current() {
        return current;
    }
}
