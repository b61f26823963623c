package vn.ward57.dossier.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly aggregate of dossiers (V19, V23): kept by every import in its transaction, summed for views. */
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

    /**
     * Rewrites the ward's months from its dossiers, inside the caller's transaction: migration V23's
     * function, the one definition of the sums (the migration filled every ward's months with it).
     */
    public void refresh(long wardId) {
        jdbc.sql("select dossier_month_refresh(?)").param(wardId).query((rs, n) -> 0).list();
    }

    /** The sums of one month, as an import counted them while streaming its new dossiers. */
    public record MonthSums(LocalDate month, long newOnline, long newInPerson, long newPostal, long resolvedEarly,
                            long resolvedOnTime, long resolvedLate, long withdrawn, long newDigitisedInput,
                            long newWithFee, long newPaidOnline, long resolvedDigitisedResult, long becameOverdue,
                            long overdueClosed) {
    }

    /**
     * Adds the sums of dossiers just inserted (none of which the ward had) to its months: every sum
     * counts each dossier on its own, so sums of disjoint sets of dossiers add up. One statement of
     * fixed text (prepared once by the driver) with a column of values per array.
     */
    public void add(long wardId, List<MonthSums> sums) {
        int n = sums.size();
        String[] month = new String[n];
        long[][] c = new long[13][n];
        for (int i = 0; i < n; i++) {
            MonthSums m = sums.get(i);
            month[i] = m.month().toString();
            long[] v = {m.newOnline(), m.newInPerson(), m.newPostal(), m.resolvedEarly(), m.resolvedOnTime(),
                    m.resolvedLate(), m.withdrawn(), m.newDigitisedInput(), m.newWithFee(), m.newPaidOnline(),
                    m.resolvedDigitisedResult(), m.becameOverdue(), m.overdueClosed()};
            for (int k = 0; k < v.length; k++) {
                c[k][i] = v[k];
            }
        }
        List<Object> params = new ArrayList<>(List.of(wardId, month));
        params.addAll(Arrays.asList((Object[]) c));
        jdbc.sql("""
                insert into dossier_month as m (ward_id, month, new_online, new_in_person, new_postal,
                        resolved_early, resolved_on_time, resolved_late, withdrawn, new_digitised_input, new_with_fee,
                        new_paid_online, resolved_digitised_result, became_overdue, overdue_closed)
                    select ?, * from unnest(cast(? as date[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (ward_id, month) do update set
                        new_online = m.new_online + excluded.new_online,
                        new_in_person = m.new_in_person + excluded.new_in_person,
                        new_postal = m.new_postal + excluded.new_postal,
                        resolved_early = m.resolved_early + excluded.resolved_early,
                        resolved_on_time = m.resolved_on_time + excluded.resolved_on_time,
                        resolved_late = m.resolved_late + excluded.resolved_late,
                        withdrawn = m.withdrawn + excluded.withdrawn,
                        new_digitised_input = m.new_digitised_input + excluded.new_digitised_input,
                        new_with_fee = m.new_with_fee + excluded.new_with_fee,
                        new_paid_online = m.new_paid_online + excluded.new_paid_online,
                        resolved_digitised_result = m.resolved_digitised_result + excluded.resolved_digitised_result,
                        became_overdue = m.became_overdue + excluded.became_overdue,
                        overdue_closed = m.overdue_closed + excluded.overdue_closed
                """).params(params).update();
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

    /**
     * The statistics of the whole months [from, to] (first days) as {@link DossierStatsRepository} counts
     * them, from the sums alone (V23 derives carried-over and overdue-pending): per ward (key: its id)
     * or, with perWard false, one row for all of them together. Wards without months are absent.
     */
    public List<DossierCounts> counts(Collection<Long> wardIds, LocalDate from, LocalDate to, boolean perWard) {
        if (wardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select %s as group_key,
                       sum(m.new_online + m.new_in_person + m.new_postal)
                         - coalesce(sum(m.resolved_early + m.resolved_on_time + m.resolved_late + m.withdrawn)
                                    filter (where m.month < :from), 0) as workload,
                       coalesce(sum(m.new_online + m.new_in_person + m.new_postal
                                    - m.resolved_early - m.resolved_on_time - m.resolved_late - m.withdrawn)
                                filter (where m.month < :from), 0) as carried_over,
                       coalesce(sum(m.new_online) filter (where m.month >= :from), 0) as new_online,
                       coalesce(sum(m.new_in_person) filter (where m.month >= :from), 0) as new_in_person,
                       coalesce(sum(m.new_postal) filter (where m.month >= :from), 0) as new_postal,
                       coalesce(sum(m.resolved_early + m.resolved_on_time + m.resolved_late)
                                filter (where m.month >= :from), 0) as resolved,
                       coalesce(sum(m.resolved_early) filter (where m.month >= :from), 0) as resolved_early,
                       coalesce(sum(m.resolved_on_time) filter (where m.month >= :from), 0) as resolved_on_time,
                       coalesce(sum(m.resolved_late) filter (where m.month >= :from), 0) as resolved_late,
                       coalesce(sum(m.withdrawn) filter (where m.month >= :from), 0) as withdrawn,
                       sum(m.became_overdue - m.overdue_closed) as pending_overdue,
                       coalesce(sum(m.new_digitised_input) filter (where m.month >= :from), 0) as new_digitised_input,
                       coalesce(sum(m.resolved_digitised_result) filter (where m.month >= :from), 0)
                           as resolved_digitised_result,
                       coalesce(sum(m.new_with_fee) filter (where m.month >= :from), 0) as new_with_fee,
                       coalesce(sum(m.new_paid_online) filter (where m.month >= :from), 0) as new_paid_online
                from dossier_month m
                where m.ward_id in (:wards) and m.month <= :to
                group by 1
                """.formatted(perWard ? "m.ward_id::text" : "''"))
                .param("wards", wardIds).param("from", from).param("to", to).query(DossierCounts.class).list();
    }
}
