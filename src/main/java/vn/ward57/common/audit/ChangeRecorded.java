package vn.ward57.common.audit;

/**
 * Published by a module inside the transaction that changes data; the audit module writes it
 * to the audit log in the same transaction, so a change and its record stand or fall together.
 *
 * @param entity     what kind of thing changed, e.g. {@code unit}
 * @param entityKey  its stable key, e.g. {@code an-hai/vp-ubnd}
 * @param provinceId the province the data belongs to, or null
 * @param wardId     the ward the data belongs to, or null for province-level data
 * @param before     the state before (null on create), serialised to JSON
 * @param after      the state after (null on delete), serialised to JSON
 */
public record ChangeRecorded(String entity, String entityKey, Action action,
                             Long provinceId, Long wardId, Object before, Object after) {

    public enum Action { CREATE, UPDATE, DELETE }

    /** A change of the ward's data, filed under the ward and its province. */
    public static ChangeRecorded created(String entity, String key, AuditedWard ward, Object after) {
        return created(entity, key, ward.provinceId(), ward.wardKey(), after);
    }

    public static ChangeRecorded updated(String entity, String key, AuditedWard ward, Object before, Object after) {
        return updated(entity, key, ward.provinceId(), ward.wardKey(), before, after);
    }

    public static ChangeRecorded deleted(String entity, String key, AuditedWard ward, Object before) {
        return deleted(entity, key, ward.provinceId(), ward.wardKey(), before);
    }

    public static ChangeRecorded created(String entity, String key, Long provinceId, Long wardId, Object after) {
        return new ChangeRecorded(entity, key, Action.CREATE, provinceId, wardId, null, after);
    }

    public static ChangeRecorded updated(String entity, String key, Long provinceId, Long wardId,
                                         Object before, Object after) {
        return new ChangeRecorded(entity, key, Action.UPDATE, provinceId, wardId, before, after);
    }

    public static ChangeRecorded deleted(String entity, String key, Long provinceId, Long wardId, Object before) {
        return new ChangeRecorded(entity, key, Action.DELETE, provinceId, wardId, before, null);
    }
}
