package vn.ward57.community.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.database.SqlArrays;
import vn.ward57.community.CommunityTeam;

/** The ward's community digital-technology teams, each with its head and members as of a day. */
@Repository
class CommunityTeamRepository {

    /** A team's columns as written. */
    record Values(long groupId, String name, LocalDate foundedOn, LocalDate dissolvedOn, String note) {
    }

    // the head and the member count as of :day; a head who has left is no longer shown
    private static final String SELECT = """
            select t.id, g.code as group_code, g.name as group_name, t.name, t.founded_on, t.dissolved_on, t.note,
                   h.full_name as head_name, h.phone as head_phone,
                   (select count(*) from community_team_member m where m.team_id = t.id
                      and m.joined_on <= :day and (m.left_on is null or m.left_on > :day)) as members,
                   (select max(a.held_on) from community_team_activity a where a.team_id = t.id) as last_activity,
                   t.version
            from community_team t
            join residential_group g on g.id = t.residential_group_id
            left join lateral (select m.full_name, m.phone from community_team_member m
                               where m.team_id = t.id and m.role = 'HEAD'
                                 and m.joined_on <= :day and (m.left_on is null or m.left_on > :day)
                               order by m.joined_on desc limit 1) h on true
            where t.ward_id = :ward
            """;

    private final JdbcClient jdbc;

    CommunityTeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The teams in the order of their groups' codes; q (a pattern for ilike) matches the team, the
     * group's code or name or the head; active narrows to teams not dissolved by the day, or dissolved.
     */
    List<CommunityTeam> list(long wardId, LocalDate day, String q, Boolean active) {
        return jdbc.sql(SELECT + """
                  and (cast(:q as varchar) is null or t.name ilike :q or g.code ilike :q or g.name ilike :q
                       or h.full_name ilike :q)
                  and (cast(:active as boolean) is null
                       or (t.dissolved_on is null or t.dissolved_on > :day) = :active)
                order by g.code
                """).param("ward", wardId).param("day", day).param("q", q, Types.VARCHAR)
                .param("active", active, Types.BOOLEAN).query(CommunityTeam.class).list();
    }

    Optional<CommunityTeam> find(long wardId, long teamId, LocalDate day) {
        return jdbc.sql(SELECT + " and t.id = :id").param("ward", wardId).param("day", day).param("id", teamId)
                .query(CommunityTeam.class).optional();
    }

    /** The team of a residential group, if it has one. */
    Optional<Long> teamOfGroup(long groupId) {
        return jdbc.sql("select id from community_team where residential_group_id = ?").param(groupId)
                .query(Long.class).optional();
    }

    long insert(long wardId, Values v) {
        return jdbc.sql("""
                insert into community_team (ward_id, residential_group_id, name, founded_on, dissolved_on, note)
                values (:ward, :group, :name, :founded, :dissolved, :note) returning id
                """).param("ward", wardId).param("group", v.groupId()).param("name", v.name())
                .param("founded", v.foundedOn()).param("dissolved", v.dissolvedOn(), Types.DATE)
                .param("note", v.note(), Types.VARCHAR).query(Long.class).single();
    }

    /**
     * Inserts a batch of teams in one statement (arrays unnested by the database) and answers the id of
     * each by its residential group's id (a group has one team at most).
     */
    Map<Long, Long> insert(long wardId, List<Values> rows) {
        Map<Long, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into community_team (ward_id, residential_group_id, name, founded_on, dissolved_on, note)
                select ?, r.group_id, r.name, r.founded_on, r.dissolved_on, r.note
                from unnest(?::bigint[], ?::text[], ?::date[], ?::date[], ?::text[])
                     as r(group_id, name, founded_on, dissolved_on, note)
                returning residential_group_id, id
                """).param(wardId)
                .param(rows.stream().map(Values::groupId).toArray(Long[]::new))
                .param(rows.stream().map(Values::name).toArray(String[]::new))
                .param(SqlArrays.dates(rows.stream().map(Values::foundedOn)))
                .param(SqlArrays.dates(rows.stream().map(Values::dissolvedOn)))
                .param(rows.stream().map(Values::note).toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    /** Locks the team's row until the transaction ends (nothing when not of the ward). */
    void lock(long wardId, long teamId) {
        jdbc.sql("select 1 from community_team where ward_id = ? and id = ? for no key update")
                .params(wardId, teamId).query(Integer.class).optional();
    }

    /** Raises the version, and only from the one given (false: the team moved on, nothing written). */
    boolean update(long teamId, long version, Values v) {
        return jdbc.sql("""
                update community_team set residential_group_id = :group, name = :name, founded_on = :founded,
                       dissolved_on = :dissolved, note = :note, version = version + 1
                where id = :id and version = :version
                """).param("id", teamId).param("version", version).param("group", v.groupId()).param("name", v.name())
                .param("founded", v.foundedOn()).param("dissolved", v.dissolvedOn(), Types.DATE)
                .param("note", v.note(), Types.VARCHAR).update() == 1;
    }

    /** Its members and activities go with it. */
    boolean delete(long teamId, long version) {
        return jdbc.sql("delete from community_team where id = ? and version = ?").params(teamId, version)
                .update() == 1;
    }
}
