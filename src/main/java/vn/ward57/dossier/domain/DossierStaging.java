package vn.ward57.dossier.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The staged path of an import, inside the import's transaction: valid rows stream with COPY into a
 * temporary staging table, duplicates within the file are found in SQL, then changed dossiers are
 * updated and new ones inserted ((ward, code) identifies a dossier).
 */
@Repository
class DossierStaging {

    private static final String COLUMNS = "row_no, code, procedure_code, field, channel, received_at, due_at, "
            + "resolved_at, withdrawn_at, digitised_input, digitised_result, fee_required, paid_online";
    private static final String VALUES = "procedure_code, field, channel, received_at, due_at, resolved_at, "
            + "withdrawn_at, digitised_input, digitised_result, fee_required, paid_online";

    private static final String REPEATED = "select code from dossier_stage group by code having count(*) > 1";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DossierStaging(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Opens the staging table and a binary COPY into it; rows go in with {@link BinaryDossierRows#add}. */
    public BinaryDossierRows begin() throws SQLException {
        // two imports in one transaction (the demo's) must not meet each other's rows
        jdbc.sql("drop table if exists pg_temp.dossier_stage").update();
        jdbc.sql("""
                create temporary table dossier_stage (
                    row_no bigint, code text collate "C", procedure_code text, field text, channel text,
                    received_at timestamp, due_at timestamp, resolved_at timestamp, withdrawn_at timestamp,
                    digitised_input boolean, digitised_result boolean, fee_required boolean, paid_online boolean
                ) on commit drop
                """).update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy dossier_stage (" + COLUMNS + ") from stdin (format binary)");
        return new BinaryDossierRows(copy, BinaryDossierRows.Shape.STAGE, 0, 0);
    }

    /** Rows whose code stands in the file more than once with different values. */
    public record Conflict(long rowNo, String code) {
    }

    /**
     * Rows whose code stands in the file more than once with different values. Most files have no
     * repeated code at all, which {@link #anyRepeated} finds first.
     */
    public List<Conflict> conflictingDuplicates(boolean repeated) {
        if (!repeated) {
            return List.of();
        }
        return jdbc.sql("""
                select s.row_no, s.code from dossier_stage s
                join (select code from dossier_stage where code in (%s) group by code
                      having count(distinct (%s)) > 1) c using (code)
                order by s.row_no
                """.formatted(REPEATED, VALUES)).query(Conflict.class).list();
    }

    public boolean anyRepeated() {
        return jdbc.sql("select exists (" + REPEATED + ")").query(Boolean.class).single();
    }

    public void dropCodes(List<String> codes) {
        if (!codes.isEmpty()) {
            jdbc.sql("delete from dossier_stage where code in (:codes)").param("codes", codes).update();
        }
    }

    public record Written(long inserted, long updated) {
    }

    private static final String CHANGED = """
            (d.procedure_code, d.field, d.channel, d.received_at, d.due_at, d.resolved_at, d.withdrawn_at,
             d.digitised_input, d.digitised_result, d.fee_required, d.paid_online)
            is distinct from
            (s.procedure_code, s.field, s.channel, s.received_at, s.due_at, s.resolved_at, s.withdrawn_at,
             s.digitised_input, s.digitised_result, s.fee_required, s.paid_online)
            """;

    private record Diff(long staged, long added, long changed) {
    }

    /**
     * Updates the dossiers whose values changed and inserts the new ones. One join first counts both,
     * so that a statement with nothing to do is not run (a re-import changes nothing) and new rows
     * skip the anti-join when none of their codes exists; then two plain statements rather than
     * INSERT … ON CONFLICT, which checks each row speculatively.
     */
    public Written upsert(long wardId, long importId, boolean repeated) {
        // a code standing twice with the same values is written once
        if (repeated) {
            jdbc.sql("delete from dossier_stage a using dossier_stage b where a.code = b.code and a.row_no > b.row_no")
                    .update();
        }
        Diff diff = jdbc.sql("""
                select count(*) as staged, count(*) filter (where d.code is null) as added,
                       count(*) filter (where d.code is not null and %s) as changed
                from dossier_stage s left join dossier d on d.ward_id = :ward and d.code = s.code
                """.formatted(CHANGED)).param("ward", wardId).query(Diff.class).single();
        long updated = diff.changed() > 0 ? update(wardId, importId) : 0;
        if (diff.added() == 0) {
            return new Written(0, updated);
        }
        String onlyNew = diff.added() < diff.staged()
                ? "where not exists (select 1 from dossier d where d.ward_id = :ward and d.code = s.code)"
                : "";
        long inserted = jdbc.sql("""
                insert into dossier (ward_id, code, %s, import_id)
                select :ward, code, %s, :import from dossier_stage s
                %s
                order by code
                """.formatted(VALUES, VALUES, onlyNew))
                .param("ward", wardId).param("import", importId).update();
        return new Written(inserted, updated);
    }

    private long update(long wardId, long importId) {
        return jdbc.sql("""
                update dossier d set
                    procedure_code = s.procedure_code, field = s.field, channel = s.channel,
                    received_at = s.received_at, due_at = s.due_at, resolved_at = s.resolved_at,
                    withdrawn_at = s.withdrawn_at, digitised_input = s.digitised_input,
                    digitised_result = s.digitised_result, fee_required = s.fee_required,
                    paid_online = s.paid_online, import_id = :import
                from dossier_stage s
                where d.ward_id = :ward and d.code = s.code and %s
                """.formatted(CHANGED)).param("ward", wardId).param("import", importId).update();
    }
}
