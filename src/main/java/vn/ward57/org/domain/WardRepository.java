package vn.ward57.org.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAtRevision;
import vn.ward57.org.WardId;

@Repository
public class WardRepository {

    private static final String SELECT = """
            select w.id, w.province_id, p.code as province_code, p.name as province_name, w.code, w.name
            from ward w join province p on p.id = w.province_id
            """;

    private final JdbcClient jdbc;

    WardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Ward> findByCode(String code) {
        return jdbc.sql(SELECT + " where w.code = ?").param(code).query(WardRepository::map).optional();
    }

    /**
     * The ward with its revision (migration V20's counter of its data's changes; 0 before any) in one
     * round trip, for the pages that keep what they computed by revision.
     */
    public Optional<WardAtRevision> findByCodeWithRevision(String code) {
        return jdbc.sql("""
                select w.id, w.province_id, p.code as province_code, p.name as province_name, w.code, w.name,
                       coalesce(r.revision, 0) as revision
                from ward w join province p on p.id = w.province_id left join ward_revision r on r.ward_id = w.id
                where w.code = ?
                """).param(code).query((rs, row) -> new WardAtRevision(map(rs, row), rs.getLong("revision"))).optional();
    }

    public Optional<Ward> findById(WardId id) {
        return jdbc.sql(SELECT + " where w.id = ?").param(id.value()).query(WardRepository::map).optional();
    }

    public List<Ward> findByProvinceCodes(Collection<String> provinceCodes) {
        if (provinceCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.code in (:codes) order by p.name, w.name")
                .param("codes", provinceCodes).query(WardRepository::map).list();
    }

    public long insert(long provinceId, String code, String name) {
        return jdbc.sql("insert into ward (province_id, code, name) values (?, ?, ?) returning id")
                .params(provinceId, code, name).query(Long.class).single();
    }

    public void rename(WardId id, String name) {
        jdbc.sql("update ward set name = ? where id = ?").params(name, id.value()).update();
    }

    public void delete(WardId id) {
        jdbc.sql("delete from ward where id = ?").param(id.value()).update();
    }

    private static Ward map(ResultSet rs, int row) throws SQLException {
        return new Ward(new WardId(rs.getLong("id")), rs.getLong("province_id"), rs.getString("province_code"),
                rs.getString("province_name"), rs.getString("code"), rs.getString("name"));
    }
}
