package vn.ward57.dossier.domain;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The fast path of an import: its rows go with binary COPY straight into dossier, on the import's
 * transaction's connection. The table's own key and checks refuse a code the ward already has or the
 * file repeats; the caller then rolls back to its savepoint and stages the file instead.
 */
@Repository
class DossierDirectWrite {

    private static final String COLUMNS = "ward_id, code, procedure_code, field, channel, received_at, due_at, "
            + "resolved_at, withdrawn_at, digitised_input, digitised_result, fee_required, paid_online, import_id";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    DossierDirectWrite(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    public boolean hasDossiers(long wardId) {
        return jdbc.sql("select exists (select 1 from dossier where ward_id = ?)").param(wardId)
                .query(Boolean.class).single();
    }

    public boolean exists(long wardId, String code) {
        return jdbc.sql("select exists (select 1 from dossier where ward_id = ? and code = ?)").params(wardId, code)
                .query(Boolean.class).single();
    }

    /** Opens the COPY into dossier; each row is written for this ward, by this import. */
    public BinaryDossierRows begin(long wardId, long importId) throws SQLException {
        var copy = DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy dossier (" + COLUMNS + ") from stdin (format binary)");
        return new BinaryDossierRows(copy, BinaryDossierRows.Shape.DOSSIER, wardId, importId);
    }

    /**
     * Whether the COPY failed on a row the table refused (a key or a check, SQLSTATE class 23, or a
     * value out of range, class 22), which the staged path handles or reports, rather than the database.
     */
    public static boolean refusedRow(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("23") || state.startsWith("22"));
    }
}
