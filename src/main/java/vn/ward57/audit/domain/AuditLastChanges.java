package vn.ward57.audit.domain;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ward57.common.audit.LastChanges;

/** The latest audit entry of a record: who changed it last, and when. */
@Component
class AuditLastChanges implements LastChanges {

    private final AuditRepository log;

    AuditLastChanges(AuditRepository log) {
        this.log = log;
    }

    @Override
    public Optional<LastChange> of(String entity, String entityKey) {
        return log.last(entity, entityKey);
    }
}
