package vn.ward57.org.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.org.Province;

@Repository
public class ProvinceRepository {

    private static final String SELECT = """
            select p.id, p.code, p.name, (select count(*) from ward w where w.province_id = p.id) as ward_count
            from province p
            """;

    private final JdbcClient jdbc;

    ProvinceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Province> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.code in (:codes) order by p.name")
                .param("codes", codes).query(Province.class).list();
    }

    public Optional<Province> findByCode(String code) {
        return jdbc.sql(SELECT + " where p.code = ?").param(code).query(Province.class).optional();
    }

    public Optional<Province> findById(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(Province.class).optional();
    }

    public long insert(String code, String name) {
        return jdbc.sql("insert into province (code, name) values (?, ?) returning id")
                .params(code, name).query(Long.class).single();
    }

    public void rename(long id, String name) {
        jdbc.sql("update province set name = ? where id = ?").params(name, id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from province where id = ?").param(id).update();
    }
}
