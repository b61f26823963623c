package vn.ward57.dossier.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statistics as one aggregate over the period's workload: dossiers received by {@code to}
 * and neither resolved nor withdrawn before {@code from} (issue 3's definitions, calendar dates of
 * the local times the one-stop system wrote).
 */
@Repository
public class DossierStatsRepository {

    /** What a breakdown groups by; the SQL expression is chosen here, never from input. */
    public enum GroupBy {
        NONE("''"), WARD("ward_id::text"), FIELD("coalesce(field, '')"), PROCEDURE("coalesce(procedure_code, '')");

        private final String expression;

        GroupBy(String expression) {
            this.expression = expression;
        }
    }

    private static final String COUNTS = """
            with dated as (
                select *, received_at::date as received_on, due_at::date as due_on,
                       resolved_at::date as resolved_on, withdrawn_at::date as withdrawn_on
                from dossier where ward_id in (:wards)
            ), workload as (
                select * from dated
                where received_on <= :to
                  and (resolved_on is null or resolved_on >= :from)
                  and (withdrawn_on is null or withdrawn_on >= :from)
                  and (cast(:field as varchar) is null or field = :field)
                  and (cast(:procedure as varchar) is null or procedure_code = :procedure)
            )
            select %s as group_key,
                   count(*) as workload,
                   count(*) filter (where received_on < :from) as carried_over,
                   count(*) filter (where received_on >= :from and channel = 'ONLINE') as new_online,
                   count(*) filter (where received_on >= :from and channel = 'IN_PERSON') as new_in_person,
                   count(*) filter (where received_on >= :from and channel = 'POSTAL') as new_postal,
                   count(*) filter (where resolved_on <= :to) as resolved,
                   count(*) filter (where resolved_on <= :to and resolved_on < due_on) as resolved_early,
                   count(*) filter (where resolved_on <= :to and resolved_on = due_on) as resolved_on_time,
                   count(*) filter (where resolved_on <= :to and resolved_on > due_on) as resolved_late,
                   count(*) filter (where withdrawn_on <= :to) as withdrawn,
                   count(*) filter (where (resolved_on is null or resolved_on > :to)
                                      and (withdrawn_on is null or withdrawn_on > :to)
                                      and due_on < :to) as pending_overdue,
                   count(*) filter (where received_on >= :from and digitised_input) as new_digitised_input,
                   count(*) filter (where resolved_on <= :to and digitised_result) as resolved_digitised_result,
                   count(*) filter (where received_on >= :from and fee_required) as new_with_fee,
                   count(*) filter (where received_on >= :from and fee_required and paid_online) as new_paid_online
            from workload
            group by 1
            order by 1
            """;

    private final JdbcClient jdbc;

    DossierStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DossierCounts> counts(Collection<Long> wardIds, LocalDate from, LocalDate to, String field,
                                      String procedure, GroupBy groupBy) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COUNTS.formatted(groupBy.expression))
                .param("wards", wardIds)
                .param("from", from)
                .param("to", to)
                .param("field", field, java.sql.Types.VARCHAR)
                .param("procedure", procedure, java.sql.Types.VARCHAR)
                .query(DossierCounts.class).list();
    }
}
