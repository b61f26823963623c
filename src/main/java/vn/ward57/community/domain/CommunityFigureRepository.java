package vn.ward57.community.domain;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.community.DigitalGroups;

/**
 * The register's figures, each one aggregate. A team counts from the day it was founded until the
 * day it was dissolved (that day no longer); a member likewise from joining until leaving.
 */
@Repository
class CommunityFigureRepository {

    private static final String TEAM_ACTIVE = "t.founded_on <= :asOf and (t.dissolved_on is null or t.dissolved_on > :asOf)";

    private final JdbcClient jdbc;

    CommunityFigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long teams(long wardId, LocalDate asOf) {
        return jdbc.sql("select count(*) from community_team t where t.ward_id = :ward and " + TEAM_ACTIVE)
                .param("ward", wardId).param("asOf", asOf).query(Long.class).single();
    }

    /** Members of the teams active on the day who had joined and not left. */
    long members(long wardId, LocalDate asOf) {
        return jdbc.sql("""
                select count(*) from community_team_member m join community_team t on t.id = m.team_id
                where t.ward_id = :ward and m.joined_on <= :asOf and (m.left_on is null or m.left_on > :asOf)
                  and\s""" + TEAM_ACTIVE)
                .param("ward", wardId).param("asOf", asOf).query(Long.class).single();
    }

    long residentsHelped(long wardId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select coalesce(sum(residents_helped), 0) from community_team_activity
                where ward_id = ? and held_on between ? and ?
                """).params(wardId, from, to).query(Long.class).single();
    }

    /**
     * Groups with any answer in the period; of them, those that answered "met" for every criterion
     * active now (at least one: an empty checklist is met by no one).
     */
    DigitalGroups digitalGroups(long wardId, String period) {
        return jdbc.sql("""
                with applied as (select count(*) as n from digital_group_criterion where ward_id = :ward and active),
                     answered as (
                         select a.residential_group_id, count(*) filter (where a.met and c.active) as met_applied
                         from digital_group_assessment a join digital_group_criterion c on c.id = a.criterion_id
                         where a.ward_id = :ward and a.period = :period
                         group by a.residential_group_id)
                select count(*) as assessed,
                       count(*) filter (where met_applied = applied.n and applied.n > 0) as meeting
                from answered cross join applied
                """).param("ward", wardId).param("period", period).query(DigitalGroups.class).single();
    }

    long residentialGroups(long wardId) {
        return jdbc.sql("select count(*) from residential_group where ward_id = ?").param(wardId)
                .query(Long.class).single();
    }
}
