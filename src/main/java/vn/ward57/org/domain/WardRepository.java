package vn.ward57.org.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.org.Ward;
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
