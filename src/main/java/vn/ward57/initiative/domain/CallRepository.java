package vn.ward57.initiative.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.initiative.CouncilMember;
import vn.ward57.initiative.Criterion;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.Thresholds;

/** Calls, their rubric and their council members. */
@Repository
class CallRepository {

    private final JdbcClient jdbc;

    CallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long wardId, int year, String title, LocalDate opensOn, LocalDate closesOn,
                      String state, BigDecimal awardFirst, BigDecimal awardSecond, BigDecimal awardThird,
                      BigDecimal awardMerit, BigDecimal awardRecognised, String signedBy, Instant signedAt) {

        public InitiativeCall call(String wardCode) {
            return new InitiativeCall(id, wardCode, year, title, opensOn, closesOn,
                    InitiativeCall.State.valueOf(state), new Thresholds(awardFirst.stripTrailingZeros(),
                    awardSecond.stripTrailingZeros(), awardThird.stripTrailingZeros(),
                    awardMerit.stripTrailingZeros(), awardRecognised.stripTrailingZeros()), signedBy, signedAt);
        }
    }

    private static final String SELECT = """
            select id, ward_id, year, title, opens_on, closes_on, state, award_first, award_second, award_third,
                   award_merit, award_recognised, signed_by, signed_at from initiative_call
            """;

    public List<Row> findByWard(long wardId) {
        return jdbc.sql(SELECT + "where ward_id = ? order by year desc").param(wardId).query(Row.class).list();
    }

    public Optional<Row> find(long wardId, long id) {
        return jdbc.sql(SELECT + "where ward_id = ? and id = ?").param(wardId).param(id).query(Row.class).optional();
    }

    /** The call row locked, so that scoring and closing do not interleave. */
    public Optional<Row> lock(long wardId, long id) {
        return jdbc.sql(SELECT + "where ward_id = ? and id = ? for update").param(wardId).param(id)
                .query(Row.class).optional();
    }

    public boolean yearTaken(long wardId, int year, Long exceptId) {
        return jdbc.sql("select count(*) from initiative_call where ward_id = ? and year = ? and id <> ?")
                .param(wardId).param(year).param(exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    public long insert(long wardId, InitiativeCall.Form f, Thresholds t) {
        long id = jdbc.sql("""
                insert into initiative_call (ward_id, year, title, opens_on, closes_on, award_first, award_second,
                    award_third, award_merit, award_recognised)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(wardId, f.year(), f.title().strip(), f.opensOn(), f.closesOn(), t.first(), t.second(),
                t.third(), t.merit(), t.recognised()).query(Long.class).single();
        return id;
    }

    public void update(long id, InitiativeCall.Form f, Thresholds t) {
        jdbc.sql("""
                update initiative_call set year = ?, title = ?, opens_on = ?, closes_on = ?, award_first = ?,
                    award_second = ?, award_third = ?, award_merit = ?, award_recognised = ? where id = ?
                """).params(f.year(), f.title().strip(), f.opensOn(), f.closesOn(), t.first(), t.second(),
                t.third(), t.merit(), t.recognised(), id).update();
    }

    public void close(long id) {
        jdbc.sql("update initiative_call set state = 'CLOSED', closed_at = now() where id = ?").param(id).update();
    }

    public void sign(long id, String username) {
        jdbc.sql("update initiative_call set state = 'SIGNED', signed_by = ?, signed_at = now() where id = ?")
                .param(username).param(id).update();
    }

    public List<Criterion> criteria(long callId) {
        return jdbc.sql("""
                select id, code, name, weight, max_score from initiative_criterion where call_id = ? order by position
                """).param(callId).query((rs, n) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getBigDecimal(4).stripTrailingZeros(), rs.getInt(5))).list();
    }

    public void replaceCriteria(long wardId, long callId, List<Criterion.Form> criteria) {
        jdbc.sql("delete from initiative_criterion where call_id = ?").param(callId).update();
        int position = 0;
        for (Criterion.Form c : criteria) {
            jdbc.sql("""
                    insert into initiative_criterion (ward_id, call_id, code, name, weight, max_score, position)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """).params(wardId, callId, c.code().strip(), c.name().strip(), c.weight(),
                    c.maxScore() == null ? 10 : c.maxScore(), position++).update();
        }
    }

    public List<CouncilMember> members(long callId) {
        return jdbc.sql("""
                select id, username, full_name, role from initiative_member where call_id = ?
                order by role, full_name, username
                """).param(callId).query((rs, n) -> new CouncilMember(rs.getLong(1), rs.getString(2),
                rs.getString(3), CouncilMember.Role.valueOf(rs.getString(4)))).list();
    }

    public long addMember(long wardId, long callId, String username, String fullName, CouncilMember.Role role) {
        return jdbc.sql("""
                insert into initiative_member (ward_id, call_id, username, full_name, role) values (?, ?, ?, ?, ?)
                returning id
                """).params(wardId, callId, username, fullName, role.name()).query(Long.class).single();
    }

    public int removeMember(long callId, String username) {
        return jdbc.sql("delete from initiative_member where call_id = ? and username = ?")
                .param(callId).param(username).update();
    }
}
