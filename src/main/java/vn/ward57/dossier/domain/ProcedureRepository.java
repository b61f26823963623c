package vn.ward57.dossier.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.dossier.Procedure;
import vn.ward57.dossier.ProcedureCounts;

@Repository
public class ProcedureRepository {

    private static final String SELECT = "select code, name, field, level, online_level, non_residence, has_fee, online_payment "
            + "from procedure ";

    private final JdbcClient jdbc;

    ProcedureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Procedure> findByWard(long wardId) {
        return jdbc.sql(SELECT + "where ward_id = ? order by field, name").param(wardId).query(Procedure.class).list();
    }

    public Optional<Procedure> find(long wardId, String code) {
        return jdbc.sql(SELECT + "where ward_id = ? and code = ?").params(wardId, code).query(Procedure.class)
                .optional();
    }

    /** Inserts or replaces; true when it was new. */
    public boolean upsert(long wardId, Procedure p) {
        return jdbc.sql("""
                insert into procedure as p (ward_id, code, name, field, level, online_level, non_residence, has_fee,
                                            online_payment)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (ward_id, code) do update set name = excluded.name, field = excluded.field,
                    level = excluded.level, online_level = excluded.online_level,
                    non_residence = excluded.non_residence, has_fee = excluded.has_fee,
                    online_payment = excluded.online_payment
                returning (xmax = 0)
                """).params(wardId, p.code(), p.name(), p.field(), p.level().name(), p.onlineLevel().name(),
                p.nonResidence(), p.hasFee(), p.onlinePayment()).query(Boolean.class).single();
    }

    public void delete(long wardId, String code) {
        jdbc.sql("delete from procedure where ward_id = ? and code = ?").params(wardId, code).update();
    }

    /**
     * The procedure codes of the dossiers received in [from, to] that the catalogue lacks, most dossiers
     * first, in one aggregate.
     */
    public List<vn.ward57.dossier.UnknownProcedureCode> unknownCodes(long wardId, java.time.LocalDate from,
                                                                   java.time.LocalDate to) {
        return jdbc.sql("""
                select d.procedure_code as code, count(*) as dossiers
                from dossier d
                where d.ward_id = :ward and d.procedure_code is not null
                  and d.received_at >= :from and d.received_at < cast(:to as date) + 1
                  and not exists (select 1 from procedure p where p.ward_id = :ward and p.code = d.procedure_code)
                group by d.procedure_code
                order by count(*) desc, d.procedure_code
                """).param("ward", wardId).param("from", from).param("to", to)
                .query(vn.ward57.dossier.UnknownProcedureCode.class).list();
    }

    public ProcedureCounts counts(long wardId) {
        return countsByWard(List.of(wardId)).getOrDefault(wardId, new ProcedureCounts(0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** The catalogue counts of each ward (key: ward id) in one query; wards without procedures are absent. */
    public java.util.Map<Long, ProcedureCounts> countsByWard(java.util.Collection<Long> wardIds) {
        java.util.Map<Long, ProcedureCounts> counts = new java.util.HashMap<>();
        if (wardIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select ward_id, count(*) as total,
                       count(*) filter (where level = 'WARD') as ward,
                       count(*) filter (where level = 'PROVINCE') as province,
                       count(*) filter (where level = 'CENTRAL') as central,
                       count(*) filter (where online_level = 'FULL') as full,
                       count(*) filter (where online_level = 'PARTIAL') as partial,
                       count(*) filter (where online_level = 'NONE') as none,
                       count(*) filter (where non_residence) as non_residence
                from procedure where ward_id in (:wards) group by ward_id
                """).param("wards", wardIds).query(rs -> {
                    counts.put(rs.getLong("ward_id"), new ProcedureCounts(rs.getLong("total"), rs.getLong("ward"),
                            rs.getLong("province"), rs.getLong("central"), rs.getLong("full"), rs.getLong("partial"),
                            rs.getLong("none"), rs.getLong("non_residence")));
                });
        return counts;
    }

    public java.util.List<vn.ward57.dossier.ProcedureLevelCount> byLevel(long wardId) {
        return jdbc.sql("""
                select l.level,
                       count(p.code) as total,
                       count(p.code) filter (where p.online_level = 'FULL') as full,
                       count(p.code) filter (where p.online_level = 'PARTIAL') as partial
                from (values (1, 'CENTRAL'), (2, 'PROVINCE'), (3, 'WARD')) as l (sort, level)
                left join procedure p on p.level = l.level and p.ward_id = ?
                group by l.sort, l.level
                order by l.sort
                """).param(wardId).query(vn.ward57.dossier.ProcedureLevelCount.class).list();
    }
}
