package vn.ward57.audit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.audit.AuditEntry;
import vn.ward57.common.audit.LastChanges;

@Repository
class AuditRepository {

    // entries of the given wards, plus province-level entries (no ward) of the given provinces
    private static final String WHERE = """
            where (ward_id in (:wards) or (ward_id is null and province_id in (:provinces)))
              and (cast(:ward as bigint) is null or ward_id = :ward)
              and (cast(:actor as varchar) is null or actor = :actor)
              and (cast(:entity as varchar) is null or entity = :entity)
              and (cast(:from as date) is null or at >= cast(:from as date))
              and (cast(:to as date) is null or at < cast(:to as date) + 1)
            """;

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String actor, Long provinceId, Long wardId, String entity, String key, String action,
                       String before, String after) {
        jdbc.sql("""
                insert into audit_log (actor, province_id, ward_id, entity, entity_key, action, before, after)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                """).params(actor, provinceId, wardId, entity, key, action, before, after).update();
    }

    /** One entry to write, its states already as JSON text. */
    public record NewEntry(String actor, Long provinceId, Long wardId, String entity, String key, String action,
                           String before, String after) {
    }

    /** Many entries in one statement (an import's), in their order. */
    public void insertAll(List<NewEntry> entries) {
        jdbc.sql("""
                insert into audit_log (actor, province_id, ward_id, entity, entity_key, action, before, after)
                select actor, province_id, ward_id, entity, entity_key, action, cast(before as jsonb), cast(after as jsonb)
                from unnest(?::text[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                     with ordinality as e(actor, province_id, ward_id, entity, entity_key, action, before, after, n)
                order by n
                """)
                .param(entries.stream().map(NewEntry::actor).toArray(String[]::new))
                .param(entries.stream().map(NewEntry::provinceId).toArray(Long[]::new))
                .param(entries.stream().map(NewEntry::wardId).toArray(Long[]::new))
                .param(entries.stream().map(NewEntry::entity).toArray(String[]::new))
                .param(entries.stream().map(NewEntry::key).toArray(String[]::new))
                .param(entries.stream().map(NewEntry::action).toArray(String[]::new))
                .param(entries.stream().map(NewEntry::before).toArray(String[]::new))
                .param(entries.stream().map(NewEntry::after).toArray(String[]::new))
                .update();
    }

    /** Who wrote the latest entry of one record, and when (the index of V29). */
    public Optional<LastChanges.LastChange> last(String entity, String key) {
        return jdbc.sql("""
                select actor, at from audit_log where entity = ? and entity_key = ? order by id desc limit 1
                """).params(entity, key).query(LastChanges.LastChange.class).optional();
    }

    public record Scope(Collection<Long> wardIds, Collection<Long> provinceIds, Long ward, String actor,
                        String entity, LocalDate from, LocalDate to) {
    }

    public List<AuditEntry> find(Scope scope, int limit, long offset) {
        return bind(jdbc.sql("""
                select id, at, actor, ward_id, entity, entity_key, action,
                       before::text as before, after::text as after
                from audit_log
                """ + WHERE + " order by at desc, id desc limit :limit offset :offset"), scope)
                .param("limit", limit).param("offset", offset)
                .query(AuditEntry.class).list();
    }

    /** The kinds of record the log holds, for the page's filter (new modules add theirs by recording). */
    public List<String> entities() {
        return jdbc.sql("select distinct entity from audit_log order by entity").query(String.class).list();
    }

    public long count(Scope scope) {
        return bind(jdbc.sql("select count(*) from audit_log " + WHERE), scope).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Scope scope) {
        return sql.param("wards", scope.wardIds().isEmpty() ? List.of(-1L) : scope.wardIds())
                .param("provinces", scope.provinceIds().isEmpty() ? List.of(-1L) : scope.provinceIds())
                .param("ward", scope.ward(), java.sql.Types.BIGINT)
                .param("actor", scope.actor(), java.sql.Types.VARCHAR)
                .param("entity", scope.entity(), java.sql.Types.VARCHAR)
                .param("from", scope.from(), java.sql.Types.DATE)
                .param("to", scope.to(), java.sql.Types.DATE);
    }
}
