package vn.ward57.feedback;

import java.time.OffsetDateTime;

/**
 * One step of an item's history. changedBy: the username (or "gop-y", the public form); changedByName: who that
 * is, as people read it (the officer's full name), null for a resident's submission on the public form.
 */
public record HistoryEntry(String fromState, String toState, String changedBy, String changedByName,
                           OffsetDateTime changedAt, String note) {
}
