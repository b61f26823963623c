package vn.ward57.dossier.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.dossier.ImportProfile;

/** The ward's saved column mappings. */
@Repository
class ImportProfileRepository {

    private static final String SELECT = """
            select name, columns::text as columns, status_column, status_date_column,
                   resolved_values::text as resolved_values, withdrawn_values::text as withdrawn_values
            from import_profile
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportProfileRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Row(String name, String columns, String statusColumn, String statusDateColumn,
                       String resolvedValues, String withdrawnValues) {
    }

    public List<ImportProfile> findByWard(long wardId) {
        return jdbc.sql(SELECT + "where ward_id = ? order by name").param(wardId).query(Row.class).list()
                .stream().map(this::profile).toList();
    }

    public Optional<ImportProfile> find(long wardId, String name) {
        return jdbc.sql(SELECT + "where ward_id = ? and name = ?").params(wardId, name).query(Row.class).optional()
                .map(this::profile);
    }

    public void upsert(long wardId, ImportProfile p) {
        jdbc.sql("""
                insert into import_profile (ward_id, name, columns, status_column, status_date_column,
                                            resolved_values, withdrawn_values)
                values (:ward, :name, cast(:columns as jsonb), :statusColumn, :statusDateColumn,
                        cast(:resolved as jsonb), cast(:withdrawn as jsonb))
                on conflict (ward_id, name) do update set
                    columns = excluded.columns, status_column = excluded.status_column,
                    status_date_column = excluded.status_date_column,
                    resolved_values = excluded.resolved_values, withdrawn_values = excluded.withdrawn_values
                """)
                .param("ward", wardId).param("name", p.name())
                .param("columns", json.writeValueAsString(p.columns()))
                .param("statusColumn", p.statusColumn(), java.sql.Types.VARCHAR)
                .param("statusDateColumn", p.statusDateColumn(), java.sql.Types.VARCHAR)
                .param("resolved", json.writeValueAsString(p.resolvedValues()))
                .param("withdrawn", json.writeValueAsString(p.withdrawnValues()))
                .update();
    }

    public void delete(long wardId, String name) {
        jdbc.sql("delete from import_profile where ward_id = ? and name = ?").params(wardId, name).update();
    }

    private ImportProfile profile(Row r) {
        return new ImportProfile(r.name(), json.readValue(r.columns(), new TypeReference<Map<String, String>>() { }),
                r.statusColumn(), r.statusDateColumn(),
                json.readValue(r.resolvedValues(), new TypeReference<List<String>>() { }),
                json.readValue(r.withdrawnValues(), new TypeReference<List<String>>() { }));
    }
}
