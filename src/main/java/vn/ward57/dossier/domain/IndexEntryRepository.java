package vn.ward57.dossier.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The officer's 766 entries of a ward and an exact period: a component's score with its source
 * (service_index_entry), and the portal's published scores (service_index_published, TOTAL for the whole).
 */
@Repository
public class IndexEntryRepository {

    /** Which of the two tables; the name is chosen here, never from input. */
    public enum Kind {
        ENTRY("service_index_entry"), PUBLISHED("service_index_published");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    public record Entry(long wardId, String componentCode, BigDecimal score, String source, String enteredBy,
                        OffsetDateTime enteredAt) {
    }

    private final JdbcClient jdbc;

    IndexEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each ward's entries of the period (key: ward id, then component code). */
    public Map<Long, Map<String, Entry>> find(Kind kind, Collection<Long> wardIds, LocalDate from, LocalDate to) {
        Map<Long, Map<String, Entry>> result = new HashMap<>();
        if (wardIds.isEmpty()) {
            return result;
        }
        List<Entry> rows = jdbc.sql("select ward_id, component_code, score, source, entered_by, entered_at from "
                        + kind.table + " where ward_id in (:wards) and period_from = :from and period_to = :to")
                .param("wards", wardIds).param("from", from).param("to", to).query(Entry.class).list();
        for (Entry e : rows) {
            result.computeIfAbsent(e.wardId(), k -> new HashMap<>()).put(e.componentCode(), e);
        }
        return result;
    }

    public Optional<Entry> find(Kind kind, long wardId, LocalDate from, LocalDate to, String code) {
        return Optional.ofNullable(find(kind, List.of(wardId), from, to).getOrDefault(wardId, Map.of()).get(code));
    }

    public void save(Kind kind, long wardId, LocalDate from, LocalDate to, String code, BigDecimal score,
                     String source, String by) {
        jdbc.sql("insert into " + kind.table + """
                 (ward_id, period_from, period_to, component_code, score, source, entered_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (ward_id, period_from, period_to, component_code) do update set score = excluded.score,
                    source = excluded.source, entered_by = excluded.entered_by, entered_at = now()
                """).params(wardId, from, to, code, score, source, by).update();
    }

    /** True when there was one to delete. */
    public boolean delete(Kind kind, long wardId, LocalDate from, LocalDate to, String code) {
        return jdbc.sql("delete from " + kind.table
                        + " where ward_id = ? and period_from = ? and period_to = ? and component_code = ?")
                .params(wardId, from, to, code).update() > 0;
    }
}
