package vn.ward57.common.database;

import java.util.function.ToLongFunction;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ward57.common.audit.AuditedWard;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.audit.RecordVersions;

/**
 * The steps every change of an editable record takes, written once: the version the person read checked
 * against the row the caller has locked, a write that found the row moved on anyway refused as stale, and
 * the change published for the audit log with the state before and after. A service keeps one
 * {@link Kind} per table it changes.
 */
@Component
public class VersionedRecords {

    private final RecordVersions versions;
    private final ApplicationEventPublisher events;

    VersionedRecords(RecordVersions versions, ApplicationEventPublisher events) {
        this.versions = versions;
        this.events = events;
    }

    /** The records of one table: its name on the audit log ({@code asset}) and where each keeps its version. */
    public <T> Kind<T> of(String entity, ToLongFunction<T> version) {
        return new Kind<>(entity, version);
    }

    /** Records kept without a version (the last write wins): only their changes go on the audit log. */
    public <T> Kind<T> unversioned(String entity) {
        return new Kind<>(entity, null);
    }

    /** Each method takes the record's key on the audit log: its id, or a path of codes. */
    public final class Kind<T> {

        private final String entity;
        private final ToLongFunction<T> version;

        private Kind(String entity, ToLongFunction<T> version) {
            this.entity = entity;
            this.version = version;
        }

        /**
         * The record as it is now, if the person read this version of it (null: any); else 409, who and when.
         * now null: there is no record (yet), so no version read matches it.
         */
        public T checked(Object key, Long expected, T now) {
            if (version == null) {
                throw new IllegalStateException(entity + " keeps no version");
            }
            versions.check(entity, String.valueOf(key), expected, now == null ? null : version.applyAsLong(now), now);
            return now;
        }

        /** After an UPDATE or DELETE at the version checked: none written means another change came between. */
        public void written(Object key, boolean written) {
            if (!written) {
                throw versions.stale(entity, String.valueOf(key), null, null);
            }
        }

        public T created(AuditedWard ward, Object key, T after) {
            events.publishEvent(ChangeRecorded.created(entity, String.valueOf(key), ward, after));
            return after;
        }

        public T updated(AuditedWard ward, Object key, T before, T after) {
            events.publishEvent(ChangeRecorded.updated(entity, String.valueOf(key), ward, before, after));
            return after;
        }

        public T deleted(AuditedWard ward, Object key, T before) {
            events.publishEvent(ChangeRecorded.deleted(entity, String.valueOf(key), ward, before));
            return before;
        }
    }
}
