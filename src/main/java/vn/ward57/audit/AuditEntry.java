package vn.ward57.audit;

import java.time.OffsetDateTime;

/** One line of the audit log; before and after are JSON text (null where nothing existed). */
public record AuditEntry(long id, OffsetDateTime at, String actor, Long wardId, String entity, String entityKey,
                         String action, String before, String after) {
}
