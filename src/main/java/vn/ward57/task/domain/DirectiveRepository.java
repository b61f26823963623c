package vn.ward57.task.domain;

import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.task.Directive;
import vn.ward57.task.DirectiveForm;
import vn.ward57.task.DirectiveType;

/** The ward's directive register and the links between its documents. */
@Repository
public class DirectiveRepository {

    private final JdbcClient jdbc;

    DirectiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A directive's row with the ward it belongs to. */
    public record Row(long id, long wardId, String type, String number, java.time.LocalDate issuedOn, String issuer,
                      String title, String summary, String signerName, String signerRole, boolean issuedByWard,
                      String implementsIds) {

        public Directive directive(String wardCode) {
            return new Directive(id, wardCode, DirectiveType.of(type), number, issuedOn, issuer, title, summary,
                    signerName, signerRole == null ? null : Directive.SignerRole.valueOf(signerRole), issuedByWard,
                    implementsIds.isEmpty() ? List.of()
                            : java.util.Arrays.stream(implementsIds.split(",")).map(Long::valueOf).toList());
        }
    }

    private static final String SELECT = """
            select d.id, d.ward_id, d.type, d.number, d.issued_on, d.issuer, d.title, d.summary, d.signer_name,
                   d.signer_role, d.issued_by_ward,
                   array_to_string(array(select l.implements_id from directive_link l
                                         where l.directive_id = d.id order by 1), ',') as implements_ids
            from directive d
            """;

    public List<Row> findByWard(long wardId) {
        return jdbc.sql(SELECT + "where d.ward_id = ? order by d.issued_on desc, d.id desc").param(wardId)
                .query(Row.class).list();
    }

    /** A directive of the ward (another ward's is not found). */
    public Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where d.ward_id = ? and d.id = ?").params(wardId, id).query(Row.class).optional();
    }

    public Optional<Row> findByNumber(long wardId, String number) {
        return jdbc.sql(SELECT + "where d.ward_id = ? and d.number = ?").params(wardId, number)
                .query(Row.class).optional();
    }

    public long insert(long wardId, DirectiveForm f) {
        return jdbc.sql("""
                insert into directive (ward_id, type, number, issued_on, issuer, title, summary, signer_name,
                                       signer_role, issued_by_ward)
                values (:ward, :type, :number, :issuedOn, :issuer, :title, :summary, :signerName, :signerRole,
                        :issuedByWard)
                returning id
                """)
                .param("ward", wardId).param("type", f.type().abbreviation()).param("number", f.number())
                .param("issuedOn", f.issuedOn()).param("issuer", f.issuer()).param("title", f.title())
                .param("summary", f.summary(), Types.VARCHAR).param("signerName", f.signerName(), Types.VARCHAR)
                .param("signerRole", f.signerRole() == null ? null : f.signerRole().name(), Types.VARCHAR)
                .param("issuedByWard", f.issuedByWard())
                .query(Long.class).single();
    }

    public void link(long wardId, long directiveId, long implementsId) {
        jdbc.sql("""
                insert into directive_link (ward_id, directive_id, implements_id) values (?, ?, ?)
                on conflict do nothing
                """).params(wardId, directiveId, implementsId).update();
    }

    /** How many of the ward's directives exist among ids (to refuse links to others' documents). */
    public long countInWard(long wardId, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from directive where ward_id = :ward and id in (:ids)")
                .param("ward", wardId).param("ids", ids).query(Long.class).single();
    }
}
