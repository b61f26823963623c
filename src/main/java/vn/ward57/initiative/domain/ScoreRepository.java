package vn.ward57.initiative.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.initiative.Conflict;
import vn.ward57.initiative.Score;

/** Members' scores and declared conflicts, and the council's result as one SQL aggregate. */
@Repository
class ScoreRepository {

    private final JdbcClient jdbc;

    ScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = """
            select m.username, s.initiative_id, c.code, s.value
            from initiative_score s join initiative_member m on m.id = s.member_id
                 join initiative_criterion c on c.id = s.criterion_id
                 join initiative i on i.id = s.initiative_id
            """;

    /** Every score of the call, or only one member's when username is given. */
    public List<Score> scores(long callId, String username) {
        return jdbc.sql(SELECT + """
                where i.call_id = :call and (cast(:user as text) is null or m.username = :user)
                order by i.code, m.username, c.position
                """).param("call", callId).param("user", username, java.sql.Types.VARCHAR)
                .query((rs, n) -> new Score(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getBigDecimal(4).stripTrailingZeros())).list();
    }

    public boolean anyScore(long callId) {
        return jdbc.sql("select exists (select 1 from initiative_score s join initiative i on i.id = s.initiative_id"
                + " where i.call_id = ?)").param(callId).query(Boolean.class).single();
    }

    /** Replaces a member's scores of one initiative. */
    public void replace(long wardId, long memberId, long initiativeId, List<Long> criterionIds, List<BigDecimal> values) {
        jdbc.sql("delete from initiative_score where member_id = ? and initiative_id = ?")
                .param(memberId).param(initiativeId).update();
        for (int i = 0; i < criterionIds.size(); i++) {
            jdbc.sql("""
                    insert into initiative_score (ward_id, member_id, initiative_id, criterion_id, value)
                    values (?, ?, ?, ?, ?)
                    """).params(wardId, memberId, initiativeId, criterionIds.get(i), values.get(i)).update();
        }
    }

    public void deleteScores(long memberId, long initiativeId) {
        jdbc.sql("delete from initiative_score where member_id = ? and initiative_id = ?")
                .param(memberId).param(initiativeId).update();
    }

    public boolean hasConflict(long memberId, long initiativeId) {
        return jdbc.sql("select count(*) from initiative_conflict where member_id = ? and initiative_id = ?")
                .param(memberId).param(initiativeId).query(Long.class).single() > 0;
    }

    public long declare(long wardId, long memberId, long initiativeId, String reason) {
        return jdbc.sql("""
                insert into initiative_conflict (ward_id, member_id, initiative_id, reason) values (?, ?, ?, ?)
                on conflict (member_id, initiative_id) do update set reason = excluded.reason returning id
                """).params(wardId, memberId, initiativeId, reason).query(Long.class).single();
    }

    public List<Conflict> conflicts(long callId) {
        return jdbc.sql("""
                select x.id, m.username, m.full_name, i.id, i.code, x.reason
                from initiative_conflict x join initiative_member m on m.id = x.member_id
                     join initiative i on i.id = x.initiative_id
                where i.call_id = ? order by i.code, m.full_name
                """).param(callId).query((rs, n) -> new Conflict(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getString(5), rs.getString(6))).list();
    }

    /** A member still owing scores: how many initiatives they have not fully scored (recusals excepted). */
    public record Missing(String username, String fullName, long initiatives) {
    }

    public List<Missing> missing(long callId) {
        return jdbc.sql("""
                select m.username, m.full_name, count(*) as initiatives
                from initiative_member m join initiative i on i.call_id = m.call_id
                where m.call_id = :call
                  and not exists (select 1 from initiative_conflict x where x.member_id = m.id and x.initiative_id = i.id)
                  and (select count(*) from initiative_score s where s.member_id = m.id and s.initiative_id = i.id)
                      < (select count(*) from initiative_criterion c where c.call_id = m.call_id)
                group by m.username, m.full_name order by m.full_name
                """).param("call", callId).query(Missing.class).list();
    }

    /** An initiative's result before ranking: null result when nobody scored it. */
    public record Outcome(long initiativeId, String code, String title, String authors, String unitName,
                         BigDecimal result, int members) {
    }

    /**
     * Each member's score of an initiative is Σ(weight × value × 10 / max) / Σ weight over the criteria
     * (the 10/max brings a criterion scored out of another maximum onto the 10-point scale); the result
     * is the plain mean of those over the members who scored it (recused members have no scores),
     * rounded to 2 decimals; ordered by result, best first.
     */
    public List<Outcome> outcomes(long callId) {
        return jdbc.sql("""
                with member_score as (
                    select s.initiative_id, s.member_id,
                           sum(c.weight * s.value * 10 / c.max_score) / sum(c.weight) as score
                    from initiative_score s join initiative_criterion c on c.id = s.criterion_id
                    where c.call_id = :call
                    group by s.initiative_id, s.member_id)
                select i.id as initiative_id, i.code, i.title, i.authors, u.name as unit_name,
                       round(avg(ms.score), 2) as result,
                       count(ms.member_id) as members
                from initiative i left join unit u on u.id = i.unit_id
                     left join member_score ms on ms.initiative_id = i.id
                where i.call_id = :call
                group by i.id, i.code, i.title, i.authors, u.name
                order by result desc nulls last, i.code
                """).param("call", callId).query(Outcome.class).list();
    }
}
