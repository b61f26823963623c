package vn.ward57.asset.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.database.Folding;

/** The equipment register, with the codes and names of the unit and group each entry stands in. */
@Repository
class AssetRepository {

    private static final String SELECT = """
            select a.id, a.ward_id, a.kind, a.name, u.code as unit_code, u.name as unit_name,
                   g.code as group_code, g.name as group_name, a.location, a.quantity, a.acquired_year,
                   a.installed_on, a.removed_on, a.condition, a.note, a.version
            from asset a left join unit u on u.id = a.unit_id
                         left join residential_group g on g.id = a.residential_group_id
            """;
    private static final String ORDER = " order by array_position(array['COMPUTER', 'PRINTER_SCANNER', 'SCREEN', "
            + "'KIOSK', 'SERVER', 'NETWORK_POINT', 'WIFI_POINT', 'CAMERA', 'OTHER']::varchar[], a.kind), "
            + "u.name nulls last, g.code nulls last, a.name, a.id";

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    AssetRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.named = named;
        this.jdbc = jdbc;
    }

    record Row(long id, long wardId, String kind, String name, String unitCode, String unitName,
                      String groupCode, String groupName, String location, int quantity, Integer acquiredYear,
                      LocalDate installedOn, LocalDate removedOn, String condition, String note, long version) {
    }

    /** An entry's values as the rules accepted them. */
    record Values(String kind, String name, Long unitId, Long groupId, String location, int quantity,
                         Integer acquiredYear, LocalDate installedOn, LocalDate removedOn, String condition,
                         String note) {
    }

    /** Filter values as codes; nulls do not narrow. */
    record Filter(String kind, String unitCode, String groupCode, String condition, String query) {
    }

    List<Row> list(long wardId, Filter f) {
        StringBuilder sql = new StringBuilder(SELECT).append("where a.ward_id = ?");
        List<Object> params = new ArrayList<>(List.of(wardId));
        condition(sql, params, "a.kind", f.kind());
        condition(sql, params, "u.code", f.unitCode());
        condition(sql, params, "g.code", f.groupCode());
        condition(sql, params, "a.condition", f.condition());
        if (f.query() != null) {
            sql.append(" and (");
            String[] columns = {"a.name", "a.location", "a.note", "u.name", "g.name"};
            for (int i = 0; i < columns.length; i++) {
                sql.append(i == 0 ? "" : " or ").append(Folding.column(columns[i])).append(" like ?");
                params.add(Folding.pattern(f.query()));
            }
            sql.append(")");
        }
        return jdbc.sql(sql.append(ORDER).toString()).params(params).query(Row.class).list();
    }

    private static void condition(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null) {
            sql.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where a.ward_id = ? and a.id = ?").params(wardId, id).query(Row.class).optional();
    }

    long insert(long wardId, Values v) {
        return bind(jdbc.sql("""
                insert into asset (ward_id, kind, name, unit_id, residential_group_id, location, quantity,
                                   acquired_year, installed_on, removed_on, condition, note)
                values (:ward, :kind, :name, :unit, :group, :location, :quantity, :year, :installed, :removed,
                        :condition, :note)
                returning id
                """).param("ward", wardId), v).query(Long.class).single();
    }

    /** Inserts many entries (an import) in batches of {@value #BATCH} statements: one round trip per batch. */
    void insertAll(long wardId, List<Values> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            var batch = rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
                    .map(v -> new MapSqlParameterSource().addValue("ward", wardId).addValue("kind", v.kind())
                            .addValue("name", v.name()).addValue("unit", v.unitId(), Types.BIGINT)
                            .addValue("group", v.groupId(), Types.BIGINT)
                            .addValue("location", v.location(), Types.VARCHAR).addValue("quantity", v.quantity())
                            .addValue("year", v.acquiredYear(), Types.INTEGER)
                            .addValue("installed", v.installedOn(), Types.DATE)
                            .addValue("removed", v.removedOn(), Types.DATE).addValue("condition", v.condition())
                            .addValue("note", v.note(), Types.VARCHAR))
                    .toArray(SqlParameterSource[]::new);
            named.batchUpdate("""
                    insert into asset (ward_id, kind, name, unit_id, residential_group_id, location, quantity,
                                       acquired_year, installed_on, removed_on, condition, note)
                    values (:ward, :kind, :name, :unit, :group, :location, :quantity, :year, :installed, :removed,
                            :condition, :note)
                    """, batch);
        }
    }

    /** Locks the entry's row until the transaction ends (false: no such entry in the ward). */
    boolean lock(long wardId, long id) {
        return jdbc.sql("select 1 from asset where ward_id = ? and id = ? for no key update").params(wardId, id)
                .query(Integer.class).optional().isPresent();
    }

    /** Raises the version, and only from the one given (false: the entry moved on, nothing written). */
    boolean update(long id, long version, Values v) {
        return bind(jdbc.sql("""
                update asset set kind = :kind, name = :name, unit_id = :unit, residential_group_id = :group,
                       location = :location, quantity = :quantity, acquired_year = :year, installed_on = :installed,
                       removed_on = :removed, condition = :condition, note = :note, version = version + 1
                where id = :id and version = :version
                """).param("id", id).param("version", version), v).update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("delete from asset where id = ? and version = ?").params(id, version).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Values v) {
        return spec.param("kind", v.kind()).param("name", v.name())
                .param("unit", v.unitId(), Types.BIGINT).param("group", v.groupId(), Types.BIGINT)
                .param("location", v.location(), Types.VARCHAR).param("quantity", v.quantity())
                .param("year", v.acquiredYear(), Types.INTEGER).param("installed", v.installedOn(), Types.DATE)
                .param("removed", v.removedOn(), Types.DATE).param("condition", v.condition())
                .param("note", v.note(), Types.VARCHAR);
    }
}
