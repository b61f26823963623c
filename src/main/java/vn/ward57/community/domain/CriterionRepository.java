package vn.ward57.community.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.community.Criterion;

/** The ward's "Tổ dân phố số" checklist. */
@Repository
class CriterionRepository {

    private static final String SELECT = "select id, code, name, sort_order, active from digital_group_criterion ";

    private final JdbcClient jdbc;

    CriterionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Criterion> ofWard(long wardId, boolean activeOnly) {
        return jdbc.sql(SELECT + "where ward_id = ? and (active or not ?) order by sort_order, code")
                .params(wardId, activeOnly).query(Criterion.class).list();
    }

    Optional<Criterion> find(long wardId, long criterionId) {
        return jdbc.sql(SELECT + "where ward_id = ? and id = ?").params(wardId, criterionId)
                .query(Criterion.class).optional();
    }

    Optional<Criterion> findByCode(long wardId, String code) {
        return jdbc.sql(SELECT + "where ward_id = ? and code = ?").params(wardId, code)
                .query(Criterion.class).optional();
    }

    long insert(long wardId, String code, String name, int sortOrder, boolean active) {
        return jdbc.sql("""
                insert into digital_group_criterion (ward_id, code, name, sort_order, active)
                values (?, ?, ?, ?, ?) returning id
                """).params(wardId, code, name, sortOrder, active).query(Long.class).single();
    }

    void update(long criterionId, String code, String name, int sortOrder, boolean active) {
        jdbc.sql("update digital_group_criterion set code = ?, name = ?, sort_order = ?, active = ? where id = ?")
                .params(code, name, sortOrder, active, criterionId).update();
    }

    long answers(long criterionId) {
        return jdbc.sql("select count(*) from digital_group_assessment where criterion_id = ?").param(criterionId)
                .query(Long.class).single();
    }

    void delete(long criterionId) {
        jdbc.sql("delete from digital_group_criterion where id = ?").param(criterionId).update();
    }
}
