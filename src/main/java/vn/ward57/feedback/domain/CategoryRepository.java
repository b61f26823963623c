package vn.ward57.feedback.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A ward's feedback categories. A ward starts with a default set (see {@link #ensureDefaults}). */
@Repository
class CategoryRepository {

    /** code, name, deadline in working days: a common split of what residents raise with a ward. */
    private static final List<Row> DEFAULTS = List.of(
            new Row(0, "DAT-DAI", "Đất đai, xây dựng", 10, false),
            new Row(0, "MOI-TRUONG", "Môi trường, vệ sinh", 7, false),
            new Row(0, "HA-TANG", "Hạ tầng, giao thông, chiếu sáng", 10, false),
            new Row(0, "TRAT-TU", "An ninh, trật tự", 5, false),
            new Row(0, "THU-TUC", "Thủ tục hành chính, dịch vụ công", 5, false),
            new Row(0, "KHAC", "Khác", 10, false));

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, String code, String name, int deadlineDays, boolean nq57Area) {
    }

    /** The ward's categories, or the defaults (id 0) while it has none of its own. */
    public List<Row> list(long wardId) {
        List<Row> rows = jdbc.sql("select id, code, name, deadline_days, nq57_area from feedback_category where ward_id = ? "
                + "order by name, code").param(wardId).query(Row.class).list();
        return rows.isEmpty() ? DEFAULTS : rows;
    }

    /** Writes the default categories for a ward that has none (before the first item is written). */
    public void ensureDefaults(long wardId) {
        Long count = jdbc.sql("select count(*) from feedback_category where ward_id = ?").param(wardId)
                .query(Long.class).single();
        if (count == 0) {
            for (Row d : DEFAULTS) {
                save(wardId, d.code(), d.name(), d.deadlineDays(), d.nq57Area());
            }
        }
    }

    public Optional<Row> find(long wardId, String code) {
        return jdbc.sql("select id, code, name, deadline_days, nq57_area from feedback_category where ward_id = ? and code = ?")
                .params(wardId, code).query(Row.class).optional();
    }

    public void save(long wardId, String code, String name, int deadlineDays, boolean nq57Area) {
        jdbc.sql("""
                insert into feedback_category (ward_id, code, name, deadline_days, nq57_area) values (?, ?, ?, ?, ?)
                on conflict (ward_id, code) do update set name = excluded.name, deadline_days = excluded.deadline_days,
                    nq57_area = excluded.nq57_area
                """).params(wardId, code, name, deadlineDays, nq57Area).update();
    }
}
