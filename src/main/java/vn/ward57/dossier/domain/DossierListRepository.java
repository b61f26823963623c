package vn.ward57.dossier.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.dossier.DossierRow;

/** The dossiers behind one figure of a period: the same workload and conditions as the statistics. */
@Repository
public class DossierListRepository {

    /** Each figure's condition on the workload; the SQL is chosen here, never taken from input. */
    public enum Figure {
        received("true"),
        carriedOver("received_on < :from"),
        newlyReceived("received_on >= :from"),
        newOnline("received_on >= :from and channel = 'ONLINE'"),
        newInPerson("received_on >= :from and channel = 'IN_PERSON'"),
        newPostal("received_on >= :from and channel = 'POSTAL'"),
        resolved("resolved_on <= :to"),
        resolvedEarly("resolved_on <= :to and resolved_on < due_on"),
        resolvedOnTime("resolved_on <= :to and resolved_on = due_on"),
        resolvedLate("resolved_on <= :to and resolved_on > due_on"),
        withdrawn("withdrawn_on <= :to"),
        pending(Figure.PENDING),
        pendingWithinDeadline(Figure.PENDING + " and due_on >= :to"),
        pendingOverdue(Figure.PENDING + " and due_on < :to");

        private static final String PENDING =
                "(resolved_on is null or resolved_on > :to) and (withdrawn_on is null or withdrawn_on > :to)";
        private final String condition;

        Figure(String condition) {
            this.condition = condition;
        }
    }

    private static final String WORKLOAD = """
            from (select *, received_at::date as received_on, due_at::date as due_on,
                         resolved_at::date as resolved_on, withdrawn_at::date as withdrawn_on
                  from dossier where ward_id = :ward) d
            where received_on <= :to
              and (cast(:field as varchar) is null or field = :field)
              and (cast(:procedure as varchar) is null or procedure_code = :procedure)
              and (resolved_on is null or resolved_on >= :from)
              and (withdrawn_on is null or withdrawn_on >= :from)
              and (%s)
            """;

    private final JdbcClient jdbc;

    DossierListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DossierRow> list(long wardId, LocalDate from, LocalDate to, String field, String procedure,
                                 Figure figure, int limit, long offset) {
        return jdbc.sql("select code, procedure_code, field, channel, received_at, due_at, resolved_at, withdrawn_at "
                        + WORKLOAD.formatted(figure.condition) + " order by received_at, code limit :limit offset :offset")
                .param("ward", wardId).param("from", from).param("to", to)
                .param("field", field, Types.VARCHAR).param("procedure", procedure, Types.VARCHAR)
                .param("limit", limit).param("offset", offset)
                .query(DossierRow.class).list();
    }

    public long count(long wardId, LocalDate from, LocalDate to, String field, String procedure, Figure figure) {
        return jdbc.sql("select count(*) " + WORKLOAD.formatted(figure.condition))
                .param("ward", wardId).param("from", from).param("to", to)
                .param("field", field, Types.VARCHAR).param("procedure", procedure, Types.VARCHAR)
                .query(Long.class).single();
    }
}
