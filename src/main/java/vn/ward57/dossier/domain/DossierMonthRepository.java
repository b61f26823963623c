package vn.ward57.dossier.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly aggregate of dossiers (V19): rewritten per ward with its imports, summed for views. */
@Repository
public class DossierMonthRepository {

    private final JdbcClient jdbc;

    DossierMonthRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of sums: per ward (key = ward code) or per month (key = the month's first day, ISO). */
    public record Sums(String key, long newOnline, long newInPerson, long newPostal, long resolvedEarly,
                       long resolvedOnTime, long resolvedLate, long withdrawn, long newDigitisedInput, long newWithFee,
                       long newPaidOnline, long resolvedDigitisedResult) {
    }

    /** Rewrites the ward's months from its dossiers; called inside the import's transaction. */
    public void refresh(long wardId) {
        jdbc.sql("delete from dossier_month where ward_id = ?").param(wardId).update();
        jdbc.sql("delete from dossier_online_procedure_month where ward_id = ?").param(wardId).update();
        jdbc.sql("""
                insert into dossier_online_procedure_month (ward_id, month, procedure_code)
                select distinct ward_id, date_trunc('month', received_at)::date, procedure_code
                from dossier where ward_id = ? and channel = 'ONLINE' and procedure_code is not null
                """).param(wardId).update();
        jdbc.sql("""
                insert into dossier_month (ward_id, month, new_online, new_in_person, new_postal, resolved_early,
                                           resolved_on_time, resolved_late, withdrawn, new_digitised_input,
                                           new_with_fee, new_paid_online, resolved_digitised_result)
                select d.ward_id, e.month,
                       count(*) filter (where e.kind = 'R' and d.channel = 'ONLINE'),
                       count(*) filter (where e.kind = 'R' and d.channel = 'IN_PERSON'),
                       count(*) filter (where e.kind = 'R' and d.channel = 'POSTAL'),
                       count(*) filter (where e.kind = 'S' and d.resolved_at::date < d.due_at::date),
                       count(*) filter (where e.kind = 'S' and d.resolved_at::date = d.due_at::date),
                       count(*) filter (where e.kind = 'S' and d.resolved_at::date > d.due_at::date),
                       count(*) filter (where e.kind = 'W'),
                       count(*) filter (where e.kind = 'R' and d.digitised_input),
                       count(*) filter (where e.kind = 'R' and d.fee_required),
                       count(*) filter (where e.kind = 'R' and d.fee_required and d.paid_online),
                       count(*) filter (where e.kind = 'S' and d.digitised_result)
                from dossier d
                cross join lateral (values ('R', date_trunc('month', d.received_at::date)::date),
                                           ('S', date_trunc('month', d.resolved_at::date)::date),
                                           ('W', date_trunc('month', d.withdrawn_at::date)::date)) as e (kind, month)
                where d.ward_id = ? and e.month is not null
                group by d.ward_id, e.month
                """).param(wardId).update();
    }

    private static final String SUMS = """
            sum(m.new_online) as new_online, sum(m.new_in_person) as new_in_person, sum(m.new_postal) as new_postal,
            sum(m.resolved_early) as resolved_early, sum(m.resolved_on_time) as resolved_on_time,
            sum(m.resolved_late) as resolved_late, sum(m.withdrawn) as withdrawn,
            sum(m.new_digitised_input) as new_digitised_input, sum(m.new_with_fee) as new_with_fee,
            sum(m.new_paid_online) as new_paid_online, sum(m.resolved_digitised_result) as resolved_digitised_result
            """;

    /** Each ward's sums over the months [from, to] (first days), wards without dossiers included with zeros. */
    public List<Sums> byWard(Collection<Long> wardIds, LocalDate from, LocalDate to) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select w.code as key, " + SUMS.replace("sum(", "coalesce(sum(").replace(") as", "), 0) as") + """
                from ward w left join dossier_month m on m.ward_id = w.id and m.month between :from and :to
                where w.id in (:wards)
                group by w.code order by w.code
                """).param("wards", wardIds).param("from", from).param("to", to).query(Sums.class).list();
    }

    /** The sums of each month [from, to] over the given wards (months without dossiers are absent). */
    public List<Sums> byMonth(Collection<Long> wardIds, LocalDate from, LocalDate to) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select to_char(m.month, 'YYYY-MM') as key, " + SUMS + """
                from dossier_month m
                where m.ward_id in (:wards) and m.month between :from and :to
                group by m.month order by m.month
                """).param("wards", wardIds).param("from", from).param("to", to).query(Sums.class).list();
    }

    /** Per ward (id): the catalogue's online procedures that received an online dossier in the months [from, to]. */
    public java.util.Map<Long, Long> onlineUsedByWard(Collection<Long> wardIds, LocalDate from, LocalDate to) {
        java.util.Map<Long, Long> used = new java.util.HashMap<>();
        if (wardIds.isEmpty()) {
            return used;
        }
        jdbc.sql("""
                select m.ward_id, count(distinct m.procedure_code)
                from dossier_online_procedure_month m
                join procedure p on p.ward_id = m.ward_id and p.code = m.procedure_code
                                and p.online_level in ('FULL', 'PARTIAL')
                where m.ward_id in (:wards) and m.month between :from and :to
                group by m.ward_id
                """).param("wards", wardIds).param("from", from).param("to", to)
                .query(rs -> {
                    used.put(rs.getLong(1), rs.getLong(2));
                });
        return used;
    }
}
