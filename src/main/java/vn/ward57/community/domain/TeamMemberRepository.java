package vn.ward57.community.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.database.SqlArrays;
import vn.ward57.community.MemberRole;
import vn.ward57.community.TeamMember;

/** The members of the ward's teams. */
@Repository
class TeamMemberRepository {

    /** A member's columns as written. */
    record Values(String fullName, MemberRole role, String phone, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** A member to add to a team. */
    record NewMember(long teamId, Values member) {
    }

    /** A member with the code of the team's residential group, for the register's file. */
    record GroupMember(String groupCode, TeamMember member) {
    }

    private static final String SELECT =
            "select id, team_id, full_name, role, phone, joined_on, left_on from community_team_member ";

    private final JdbcClient jdbc;

    TeamMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Current members first (heads before members), then those who left; by name. */
    List<TeamMember> ofTeam(long teamId) {
        return jdbc.sql(SELECT + "where team_id = ? order by left_on nulls first, role, full_name, id")
                .param(teamId).query(TeamMember.class).list();
    }

    Optional<TeamMember> find(long teamId, long memberId) {
        return jdbc.sql(SELECT + "where team_id = ? and id = ?").params(teamId, memberId)
                .query(TeamMember.class).optional();
    }

    /** Every member of the ward's teams, in the order of the groups' codes. */
    List<GroupMember> ofWard(long wardId) {
        return jdbc.sql("""
                select g.code, m.id, m.team_id, m.full_name, m.role, m.phone, m.joined_on, m.left_on
                from community_team_member m
                join community_team t on t.id = m.team_id
                join residential_group g on g.id = t.residential_group_id
                where m.ward_id = ?
                order by g.code, m.role, m.joined_on, m.full_name, m.id
                """).param(wardId).query((rs, n) -> new GroupMember(rs.getString(1), new TeamMember(rs.getLong(2),
                rs.getLong(3), rs.getString(4), MemberRole.valueOf(rs.getString(5)), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))).list();
    }

    /** The team's heads (other than one member) whose time in the team overlaps [joinedOn, leftOn). */
    List<TeamMember> overlappingHeads(long teamId, Long exceptMemberId, LocalDate joinedOn, LocalDate leftOn) {
        return jdbc.sql(SELECT + """
                where team_id = :team and role = 'HEAD' and id <> coalesce(cast(:except as bigint), -1)
                  and (cast(:left as date) is null or joined_on < :left)
                  and (left_on is null or left_on > :joined)
                order by joined_on
                """).param("team", teamId).param("except", exceptMemberId, Types.BIGINT)
                .param("left", leftOn, Types.DATE).param("joined", joinedOn).query(TeamMember.class).list();
    }

    long insert(long wardId, long teamId, Values v) {
        return jdbc.sql("""
                insert into community_team_member (ward_id, team_id, full_name, role, phone, joined_on, left_on)
                values (:ward, :team, :name, :role, :phone, :joined, :left) returning id
                """).param("ward", wardId).param("team", teamId).param("name", v.fullName())
                .param("role", v.role().name()).param("phone", v.phone(), Types.VARCHAR)
                .param("joined", v.joinedOn()).param("left", v.leftOn(), Types.DATE).query(Long.class).single();
    }

    /**
     * Inserts a batch of members in one statement (arrays unnested by the database) and answers them as
     * written, with their ids.
     */
    List<TeamMember> insert(long wardId, List<NewMember> rows) {
        return jdbc.sql("""
                insert into community_team_member (ward_id, team_id, full_name, role, phone, joined_on, left_on)
                select ?, r.team_id, r.full_name, r.role, r.phone, r.joined_on, r.left_on
                from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[])
                     as r(team_id, full_name, role, phone, joined_on, left_on)
                returning id, team_id, full_name, role, phone, joined_on, left_on
                """).param(wardId)
                .param(rows.stream().map(NewMember::teamId).toArray(Long[]::new))
                .param(rows.stream().map(m -> m.member().fullName()).toArray(String[]::new))
                .param(rows.stream().map(m -> m.member().role().name()).toArray(String[]::new))
                .param(rows.stream().map(m -> m.member().phone()).toArray(String[]::new))
                .param(SqlArrays.dates(rows.stream().map(m -> m.member().joinedOn())))
                .param(SqlArrays.dates(rows.stream().map(m -> m.member().leftOn())))
                .query(TeamMember.class).list();
    }

    void update(long memberId, Values v) {
        jdbc.sql("""
                update community_team_member set full_name = :name, role = :role, phone = :phone,
                       joined_on = :joined, left_on = :left
                where id = :id
                """).param("id", memberId).param("name", v.fullName()).param("role", v.role().name())
                .param("phone", v.phone(), Types.VARCHAR).param("joined", v.joinedOn())
                .param("left", v.leftOn(), Types.DATE).update();
    }

    void delete(long memberId) {
        jdbc.sql("delete from community_team_member where id = ?").param(memberId).update();
    }
}
