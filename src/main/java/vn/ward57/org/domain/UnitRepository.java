package vn.ward57.org.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitId;
import vn.ward57.org.WardId;

@Repository
public class UnitRepository {

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Unit> findByWard(WardId ward) {
        return jdbc.sql("select id, ward_id, code, name from unit where ward_id = ? order by name")
                .param(ward.value()).query(UnitRepository::map).list();
    }

    public Optional<Unit> find(WardId ward, String code) {
        return jdbc.sql("select id, ward_id, code, name from unit where ward_id = ? and code = ?")
                .params(ward.value(), code).query(UnitRepository::map).optional();
    }

    public Optional<Unit> findById(UnitId id) {
        return jdbc.sql("select id, ward_id, code, name from unit where id = ?")
                .param(id.value()).query(UnitRepository::map).optional();
    }

    public long insert(WardId ward, String code, String name) {
        return jdbc.sql("insert into unit (ward_id, code, name) values (?, ?, ?) returning id")
                .params(ward.value(), code, name).query(Long.class).single();
    }

    public void rename(UnitId id, String name) {
        jdbc.sql("update unit set name = ? where id = ?").params(name, id.value()).update();
    }

    public void delete(UnitId id) {
        jdbc.sql("delete from unit where id = ?").param(id.value()).update();
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(new UnitId(rs.getLong("id")), new WardId(rs.getLong("ward_id")),
                rs.getString("code"), rs.getString("name"));
    }
}
