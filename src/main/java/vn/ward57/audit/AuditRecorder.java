package vn.ward57.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.audit.domain.AuditRepository;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.security.CurrentActor;

/** Writes every published change to the audit log, synchronously, in the publisher's transaction. */
@Component
class AuditRecorder {

    private final AuditRepository log;
    private final JsonMapper json;

    AuditRecorder(AuditRepository log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    @EventListener
    void on(ChangeRecorded change) {
        log.insert(CurrentActor.name(), change.provinceId(), change.wardId(), change.entity(), change.entityKey(),
                change.action().name(), toJson(change.before()), toJson(change.after()));
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
