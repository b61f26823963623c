package vn.ward57.org.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.WardId;

@Repository
public class ResidentialGroupRepository {

    private static final String SELECT = "select id, ward_id, code, name, households from residential_group ";

    private final JdbcClient jdbc;

    ResidentialGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ResidentialGroup> findByWard(WardId ward) {
        return jdbc.sql(SELECT + "where ward_id = ? order by name").param(ward.value())
                .query(ResidentialGroupRepository::map).list();
    }

    public Optional<ResidentialGroup> find(WardId ward, String code) {
        return jdbc.sql(SELECT + "where ward_id = ? and code = ?").params(ward.value(), code)
                .query(ResidentialGroupRepository::map).optional();
    }

    public long insert(WardId ward, String code, String name, Integer households) {
        return jdbc.sql("insert into residential_group (ward_id, code, name, households) values (?, ?, ?, ?) returning id")
                .params(ward.value(), code, name, households).query(Long.class).single();
    }

    public void update(long id, String name, Integer households) {
        jdbc.sql("update residential_group set name = ?, households = ? where id = ?")
                .params(name, households, id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from residential_group where id = ?").param(id).update();
    }

    private static ResidentialGroup map(ResultSet rs, int row) throws SQLException {
        return new ResidentialGroup(rs.getLong("id"), new WardId(rs.getLong("ward_id")), rs.getString("code"),
                rs.getString("name"), rs.getObject("households", Integer.class));
    }
}
