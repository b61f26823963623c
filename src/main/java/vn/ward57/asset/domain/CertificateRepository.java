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

/** The register of digital certificates and official e-mail accounts issued. */
@Repository
class CertificateRepository {

    private static final String SELECT = "select c.id, c.ward_id, c.issued_on, c.kind, c.holder, c.action, "
            + "c.holder_name, c.quantity, c.document, c.note, c.version from certificate_issue c ";

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    CertificateRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    record Row(long id, long wardId, LocalDate issuedOn, String kind, String holder, String action,
                      String holderName, int quantity, String document, String note, long version) {
    }

    record Values(LocalDate issuedOn, String kind, String holder, String action, String holderName,
                         int quantity, String document, String note) {
    }

    /** Filter values as codes; nulls do not narrow. */
    record Filter(LocalDate from, LocalDate to, String kind, String holder, String action, String query) {
    }

    List<Row> list(long wardId, Filter f) {
        StringBuilder sql = new StringBuilder(SELECT).append("where c.ward_id = ?");
        List<Object> params = new ArrayList<>(List.of(wardId));
        if (f.from() != null) {
            sql.append(" and c.issued_on >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" and c.issued_on <= ?");
            params.add(f.to());
        }
        for (String[] c : new String[][] {{"c.kind", f.kind()}, {"c.holder", f.holder()}, {"c.action", f.action()}}) {
            if (c[1] != null) {
                sql.append(" and ").append(c[0]).append(" = ?");
                params.add(c[1]);
            }
        }
        if (f.query() != null) {
            sql.append(" and (");
            String[] columns = {"c.holder_name", "c.document", "c.note"};
            for (int i = 0; i < columns.length; i++) {
                sql.append(i == 0 ? "" : " or ").append(Folding.column(columns[i])).append(" like ?");
                params.add(Folding.pattern(f.query()));
            }
            sql.append(")");
        }
        sql.append(" order by c.issued_on desc, c.id desc");
        return jdbc.sql(sql.toString()).params(params).query(Row.class).list();
    }

    Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where c.ward_id = ? and c.id = ?").params(wardId, id).query(Row.class).optional();
    }

    long insert(long wardId, Values v) {
        return bind(jdbc.sql("""
                insert into certificate_issue (ward_id, issued_on, kind, holder, action, holder_name, quantity,
                                               document, note)
                values (:ward, :issuedOn, :kind, :holder, :action, :holderName, :quantity, :document, :note)
                returning id
                """).param("ward", wardId), v).query(Long.class).single();
    }

    /** Inserts many lines (an import) in batches of {@value #BATCH} statements: one round trip per batch. */
    void insertAll(long wardId, List<Values> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            var batch = rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
                    .map(v -> new MapSqlParameterSource().addValue("ward", wardId)
                            .addValue("issuedOn", v.issuedOn(), Types.DATE).addValue("kind", v.kind())
                            .addValue("holder", v.holder()).addValue("action", v.action())
                            .addValue("holderName", v.holderName(), Types.VARCHAR).addValue("quantity", v.quantity())
                            .addValue("document", v.document(), Types.VARCHAR).addValue("note", v.note(), Types.VARCHAR))
                    .toArray(SqlParameterSource[]::new);
            named.batchUpdate("""
                    insert into certificate_issue (ward_id, issued_on, kind, holder, action, holder_name, quantity,
                                                   document, note)
                    values (:ward, :issuedOn, :kind, :holder, :action, :holderName, :quantity, :document, :note)
                    """, batch);
        }
    }

    /** Locks the line's row until the transaction ends (false: no such line in the ward). */
    boolean lock(long wardId, long id) {
        return jdbc.sql("select 1 from certificate_issue where ward_id = ? and id = ? for no key update")
                .params(wardId, id).query(Integer.class).optional().isPresent();
    }

    /** Raises the version, and only from the one given (false: the line moved on, nothing written). */
    boolean update(long id, long version, Values v) {
        return bind(jdbc.sql("""
                update certificate_issue set issued_on = :issuedOn, kind = :kind, holder = :holder, action = :action,
                       holder_name = :holderName, quantity = :quantity, document = :document, note = :note,
                       version = version + 1
                where id = :id and version = :version
                """).param("id", id).param("version", version), v).update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("delete from certificate_issue where id = ? and version = ?").params(id, version)
                .update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Values v) {
        return spec.param("issuedOn", v.issuedOn()).param("kind", v.kind()).param("holder", v.holder())
                .param("action", v.action()).param("holderName", v.holderName(), Types.VARCHAR)
                .param("quantity", v.quantity()).param("document", v.document(), Types.VARCHAR)
                .param("note", v.note(), Types.VARCHAR);
    }
}
