package vn.ward57.common.database;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each ward's data has changed: the database raises a ward's revision with every statement
 * that writes its rows (migration V20), in that statement's own transaction. Read the revision
 * before computing from the data, so that what is computed is never older than its revision.
 */
@Component
public class WardRevisions {

    private final JdbcClient jdbc;

    WardRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The revision of one ward (0 for a ward never changed since V20); unknown codes read 0 too. */
    public long ofWard(String wardCode) {
        return jdbc.sql("""
                select coalesce(max(r.revision), 0) from ward w left join ward_revision r on r.ward_id = w.id
                where w.code = ?
                """).param(wardCode).query(Long.class).single();
    }

    /**
     * The revision of a whole province: its number of wards and the sum of their revisions. Any change
     * in any of its wards raises the sum, since each ward's revision only grows.
     */
    public ProvinceRevision ofProvince(String provinceCode) {
        return jdbc.sql("""
                select count(w.id) as wards, coalesce(sum(r.revision), 0) as revisions
                from province p join ward w on w.province_id = p.id left join ward_revision r on r.ward_id = w.id
                where p.code = ?
                """).param(provinceCode).query(ProvinceRevision.class).single();
    }

    /** The revision of each ward of a province, by ward code. */
    public Map<String, Long> ofWardsIn(String provinceCode) {
        Map<String, Long> byWard = new HashMap<>();
        jdbc.sql("""
                select w.code, coalesce(r.revision, 0) as revision
                from province p join ward w on w.province_id = p.id left join ward_revision r on r.ward_id = w.id
                where p.code = ?
                """).param(provinceCode).query(rs -> {
            byWard.put(rs.getString("code"), rs.getLong("revision"));
        });
        return byWard;
    }

    public record ProvinceRevision(long wards, long revisions) {
    }
}
