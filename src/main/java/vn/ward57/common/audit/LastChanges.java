package vn.ward57.common.audit;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Who changed a record last, and when, as the audit log recorded it (the audit module answers): the
 * refusal of a stale change names them. The record is named as in {@link ChangeRecorded}.
 */
public interface LastChanges {

    Optional<LastChange> of(String entity, String entityKey);

    record LastChange(String actor, OffsetDateTime at) {
    }
}
