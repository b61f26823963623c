package vn.ward57.community.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.community.TeamActivity;

/** The activity log of the ward's teams. */
@Repository
class TeamActivityRepository {

    private static final String SELECT =
            "select id, team_id, held_on, description, residents_helped from community_team_activity ";

    private final JdbcClient jdbc;

    TeamActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest first; limit null: all. */
    List<TeamActivity> ofTeam(long teamId, Integer limit) {
        return jdbc.sql(SELECT + "where team_id = ? order by held_on desc, id desc"
                        + (limit == null ? "" : " limit " + limit.intValue()))
                .param(teamId).query(TeamActivity.class).list();
    }

    Optional<TeamActivity> find(long teamId, long activityId) {
        return jdbc.sql(SELECT + "where team_id = ? and id = ?").params(teamId, activityId)
                .query(TeamActivity.class).optional();
    }

    long insert(long wardId, long teamId, LocalDate heldOn, String description, int residentsHelped) {
        return jdbc.sql("""
                insert into community_team_activity (ward_id, team_id, held_on, description, residents_helped)
                values (?, ?, ?, ?, ?) returning id
                """).params(wardId, teamId, heldOn, description, residentsHelped).query(Long.class).single();
    }

    void update(long activityId, LocalDate heldOn, String description, int residentsHelped) {
        jdbc.sql("update community_team_activity set held_on = ?, description = ?, residents_helped = ? where id = ?")
                .params(heldOn, description, residentsHelped, activityId).update();
    }

    void delete(long activityId) {
        jdbc.sql("delete from community_team_activity where id = ?").param(activityId).update();
    }
}
