package vn.ward57.dossier.domain;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import vn.ward57.dossier.imports.ParsedDossier;

/**
 * The fast path of an import, inside the import's transaction: valid rows stream with COPY into a
 * temporary staging table, duplicates within the file are found in SQL, and one INSERT … ON
 * CONFLICT writes new dossiers and updates changed ones ((ward, code) identifies a dossier).
 */
@Repository
public class DossierStaging {

    private static final String COLUMNS = "row_no, code, procedure_code, field, channel, received_at, due_at, "
            + "resolved_at, withdrawn_at, digitised_input, digitised_result, fee_required, paid_online";
    private static final String VALUES = "procedure_code, field, channel, received_at, due_at, resolved_at, "
            + "withdrawn_at, digitised_input, digitised_result, fee_required, paid_online";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DossierStaging(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Opens the staging table and a COPY into it; rows go in with {@link Copy#add}. */
    public Copy begin() throws SQLException {
        // two imports in one transaction (the demo's) must not meet each other's rows
        jdbc.sql("drop table if exists pg_temp.dossier_stage").update();
        jdbc.sql("""
                create temporary table dossier_stage (
                    row_no bigint, code text, procedure_code text, field text, channel text,
                    received_at timestamp, due_at timestamp, resolved_at timestamp, withdrawn_at timestamp,
                    digitised_input boolean, digitised_result boolean, fee_required boolean, paid_online boolean
                ) on commit drop
                """).update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy dossier_stage (" + COLUMNS + ") from stdin (format csv)");
        return new Copy(copy);
    }

    /** Rows whose code stands in the file more than once with different values. */
    public record Conflict(long rowNo, String code) {
    }

    public List<Conflict> conflictingDuplicates() {
        return jdbc.sql("""
                select s.row_no, s.code from dossier_stage s
                join (select code from dossier_stage group by code
                      having count(distinct (%s)) > 1) c using (code)
                order by s.row_no
                """.formatted(VALUES)).query(Conflict.class).list();
    }

    public void dropCodes(List<String> codes) {
        if (!codes.isEmpty()) {
            jdbc.sql("delete from dossier_stage where code in (:codes)").param("codes", codes).update();
        }
    }

    public record Written(long inserted, long updated) {
    }

    /** Inserts new dossiers and updates those whose values changed; unchanged ones are left alone. */
    public Written upsert(long wardId, long importId) {
        return jdbc.sql("""
                with source as (
                    select distinct on (code) * from dossier_stage order by code, row_no
                ), written as (
                    insert into dossier as d (ward_id, code, %1$s, import_id)
                    select :ward, code, %1$s, :import from source
                    on conflict (ward_id, code) do update set
                        procedure_code = excluded.procedure_code, field = excluded.field,
                        channel = excluded.channel, received_at = excluded.received_at, due_at = excluded.due_at,
                        resolved_at = excluded.resolved_at, withdrawn_at = excluded.withdrawn_at,
                        digitised_input = excluded.digitised_input, digitised_result = excluded.digitised_result,
                        fee_required = excluded.fee_required, paid_online = excluded.paid_online,
                        import_id = excluded.import_id
                    where (d.procedure_code, d.field, d.channel, d.received_at, d.due_at, d.resolved_at,
                           d.withdrawn_at, d.digitised_input, d.digitised_result, d.fee_required, d.paid_online)
                          is distinct from
                          (excluded.procedure_code, excluded.field, excluded.channel, excluded.received_at,
                           excluded.due_at, excluded.resolved_at, excluded.withdrawn_at, excluded.digitised_input,
                           excluded.digitised_result, excluded.fee_required, excluded.paid_online)
                    returning (xmax = 0) as inserted
                )
                select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated
                from written
                """.formatted(VALUES)).param("ward", wardId).param("import", importId)
                .query(Written.class).single();
    }

    /** A COPY in progress: each row becomes one CSV line. */
    public static final class Copy {
        private final CopyIn copy;
        private final StringBuilder line = new StringBuilder(256);

        Copy(CopyIn copy) {
            this.copy = copy;
        }

        public void add(ParsedDossier d) throws SQLException {
            line.setLength(0);
            line.append(d.row()).append(',');
            text(d.code()).text(d.procedureCode()).text(d.field()).text(d.channel().name());
            time(d.receivedAt()).time(d.dueAt()).time(d.resolvedAt()).time(d.withdrawnAt());
            line.append(d.digitisedInput()).append(',').append(d.digitisedResult()).append(',')
                    .append(d.feeRequired()).append(',').append(d.paidOnline()).append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
        }

        public void end() throws SQLException {
            copy.endCopy();
        }

        private Copy text(String value) {
            if (value != null) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
            line.append(',');
            return this;
        }

        private Copy time(LocalDateTime value) {
            if (value != null) {
                line.append(value);
            }
            line.append(',');
            return this;
        }
    }

}
