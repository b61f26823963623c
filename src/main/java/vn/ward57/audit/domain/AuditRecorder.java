package vn.ward57.audit.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.audit.domain.AuditRepository.NewEntry;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.database.WardBatchWrite;
import vn.ward57.common.security.CurrentActor;

/**
 * Writes every published change to the audit log, synchronously, in the publisher's transaction. Within an
 * import's long write ({@link WardBatchWrite}) the entries are written {@value #BATCH} a statement, at the
 * latest just before the commit: one statement per entry was most of the time of a large import.
 */
@Component
class AuditRecorder {

    static final int BATCH = 1000;

    private final AuditRepository log;
    private final JsonMapper json;

    AuditRecorder(AuditRepository log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    @EventListener
    void on(ChangeRecorded change) {
        NewEntry entry = new NewEntry(CurrentActor.name(), change.provinceId(), change.wardId(), change.entity(),
                change.entityKey(), change.action().name(), toJson(change.before()), toJson(change.after()));
        if (!WardBatchWrite.active()) {
            log.insert(entry.actor(), entry.provinceId(), entry.wardId(), entry.entity(), entry.key(), entry.action(),
                    entry.before(), entry.after());
            return;
        }
        Pending pending = pending();
        pending.entries.add(entry);
        if (pending.entries.size() >= BATCH) {
            pending.flush();
        }
    }

    /** The entries of this transaction not yet written, written before it commits. */
    private Pending pending() {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.flush();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(AuditRecorder.this);
                }
            });
            pending = created;
        }
        return pending;
    }

    private final class Pending {
        final List<NewEntry> entries = new ArrayList<>();

        void flush() {
            if (!entries.isEmpty()) {
                log.insertAll(List.copyOf(entries));
                entries.clear();
            }
        }
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
