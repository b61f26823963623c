package vn.ward57.dossier.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the 766 index counts from the catalogue and the period's dossiers, for many wards in one statement:
 * one pass over the period's dossiers grouped by ward and procedure, joined to the catalogue. Dossier counts
 * follow issue 3: "new" is received in [from, to], "resolved" is resolved in [from, to].
 */
@Repository
public class ServiceIndexRepository {

    /** One ward's counts; "ward level" is the catalogue's procedures of level WARD (cấp xã). */
    public record Use(long wardProcedures, long wardOnline, long wardOnlineUsed, long feeProcedures,
                      long feeOnlinePayment, long feePaidOnline, long newlyReceived, long newWithFee,
                      long newPaidOnline, long newDigitisedInput, long resolved, long resolvedDigitisedResult) {

        public static final Use NONE = new Use(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static final String USE = """
            with dated as (
                select ward_id, procedure_code, channel, fee_required, paid_online, digitised_input, digitised_result,
                       received_at::date as received_on, resolved_at::date as resolved_on
                from dossier where ward_id in (:wards)
            ), d as (
                select ward_id, procedure_code,
                       count(*) filter (where received_on >= :from) as new_count,
                       count(*) filter (where received_on >= :from and channel = 'ONLINE') as new_online,
                       count(*) filter (where received_on >= :from and fee_required) as new_with_fee,
                       count(*) filter (where received_on >= :from and fee_required and paid_online) as new_paid_online,
                       count(*) filter (where received_on >= :from and digitised_input) as new_digitised_input,
                       count(*) filter (where resolved_on between :from and :to) as resolved,
                       count(*) filter (where resolved_on between :from and :to and digitised_result)
                           as resolved_digitised_result
                from dated
                where received_on <= :to and (received_on >= :from or resolved_on >= :from)
                group by ward_id, procedure_code
            ), dossiers as (
                select ward_id, sum(new_count) as newly_received, sum(new_with_fee) as new_with_fee,
                       sum(new_paid_online) as new_paid_online, sum(new_digitised_input) as new_digitised_input,
                       sum(resolved) as resolved, sum(resolved_digitised_result) as resolved_digitised_result
                from d group by ward_id
            ), catalogue as (
                select p.ward_id,
                       count(*) as ward_procedures,
                       count(*) filter (where p.online_level <> 'NONE') as ward_online,
                       count(*) filter (where p.online_level <> 'NONE' and d.new_online > 0) as ward_online_used,
                       count(*) filter (where p.has_fee) as fee_procedures,
                       count(*) filter (where p.has_fee and p.online_payment) as fee_online_payment,
                       count(*) filter (where p.has_fee and d.new_paid_online > 0) as fee_paid_online
                from procedure p left join d on d.ward_id = p.ward_id and d.procedure_code = p.code
                where p.ward_id in (:wards) and p.level = 'WARD'
                group by p.ward_id
            )
            select coalesce(c.ward_id, x.ward_id) as ward_id,
                   coalesce(c.ward_procedures, 0) as ward_procedures, coalesce(c.ward_online, 0) as ward_online,
                   coalesce(c.ward_online_used, 0) as ward_online_used, coalesce(c.fee_procedures, 0) as fee_procedures,
                   coalesce(c.fee_online_payment, 0) as fee_online_payment,
                   coalesce(c.fee_paid_online, 0) as fee_paid_online,
                   coalesce(x.newly_received, 0) as newly_received, coalesce(x.new_with_fee, 0) as new_with_fee,
                   coalesce(x.new_paid_online, 0) as new_paid_online,
                   coalesce(x.new_digitised_input, 0) as new_digitised_input, coalesce(x.resolved, 0) as resolved,
                   coalesce(x.resolved_digitised_result, 0) as resolved_digitised_result
            from catalogue c full join dossiers x on x.ward_id = c.ward_id
            """;

    private final JdbcClient jdbc;

    ServiceIndexRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each ward's counts (key: ward id); a ward without procedures or dossiers is absent. */
    public Map<Long, Use> use(Collection<Long> wardIds, LocalDate from, LocalDate to) {
        Map<Long, Use> result = new HashMap<>();
        if (wardIds.isEmpty()) {
            return result;
        }
        jdbc.sql(USE).param("wards", wardIds).param("from", from).param("to", to).query(rs -> {
            result.put(rs.getLong("ward_id"), new Use(rs.getLong("ward_procedures"), rs.getLong("ward_online"),
                    rs.getLong("ward_online_used"), rs.getLong("fee_procedures"), rs.getLong("fee_online_payment"),
                    rs.getLong("fee_paid_online"), rs.getLong("newly_received"), rs.getLong("new_with_fee"),
                    rs.getLong("new_paid_online"), rs.getLong("new_digitised_input"), rs.getLong("resolved"),
                    rs.getLong("resolved_digitised_result")));
        });
        return result;
    }
}
