package vn.ward57.common.audit;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.StaleVersionException;

/**
 * Optimistic locking of the editable records. Each has a version that every UPDATE of it raises; a
 * client that sends back the version it read (If-Match, or a page's hidden field) has its change refused
 * if the record moved on meanwhile, with who changed it and when. Without a version the last write wins.
 * Services lock the record's row first (select … for update), so the check and the write see one state.
 */
@Component
public class RecordVersions {

    private final LastChanges changes;

    RecordVersions(LastChanges changes) {
        this.changes = changes;
    }

    /**
     * Refuses the change when the client read another version than the record's current one (null: the
     * record does not exist, so no version read matches it); an expected version of null checks nothing.
     */
    public void check(String entity, String entityKey, Long expected, Long current, Object currentState) {
        if (expected != null && !expected.equals(current)) {
            throw stale(entity, entityKey, current, currentState);
        }
    }

    /** The refusal: the current version, and who changed the record last and when if the log knows. */
    public StaleVersionException stale(String entity, String entityKey, Long current, Object currentState) {
        return changes.of(entity, entityKey)
                .map(c -> {
                    OffsetDateTime at = c.at();
                    var local = at.atZoneSameInstant(WardTime.ZONE);
                    return new StaleVersionException("error.stale-version", current, c.actor(), at, currentState,
                            c.actor(), VietnameseFormat.time(at),
                            VietnameseFormat.date(local.toLocalDate()));
                })
                .orElseGet(() -> new StaleVersionException("error.stale-version-unknown", current, null, null,
                        currentState));
    }
}
