package vn.ward57.people.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.database.SqlArrays;
import vn.ward57.people.StaffMember;

/** The ward's staff list. */
@Repository
class StaffMemberRepository {

    private static final String SELECT = """
            select s.id, s.ward_id, s.unit_id, u.code as unit_code, u.name as unit_name, s.full_name, s.position,
                   s.in_post_from, s.in_post_to, s.note, s.version
            from staff_member s join unit u on u.id = s.unit_id
            """;
    /** In post on :day: started on or before it, not yet left (in_post_to is the first day away). */
    static final String IN_POST = "s.in_post_from <= :day and (s.in_post_to is null or s.in_post_to > :day)";

    private final JdbcClient jdbc;

    StaffMemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long wardId, long unitId, String unitCode, String unitName, String fullName,
                      String position, LocalDate inPostFrom, LocalDate inPostTo, String note, long version) {

        public StaffMember member(String wardCode) {
            return new StaffMember(id, wardCode, unitCode, unitName, fullName, position, inPostFrom, inPostTo, note,
                    version);
        }
    }

    record Values(long unitId, String fullName, String position, LocalDate inPostFrom, LocalDate inPostTo,
                         String note) {
    }

    /** The ward's staff, by unit and name; unitId, text and day narrow the list when given. */
    List<Row> find(long wardId, Long unitId, String text, LocalDate inPostOn) {
        return jdbc.sql(SELECT + """
                where s.ward_id = :ward
                  and (cast(:unit as bigint) is null or s.unit_id = :unit)
                  and (cast(:text as varchar) is null or s.full_name ilike :like or s.position ilike :like
                       or s.note ilike :like)
                  and (cast(:day as date) is null or (%s))
                order by u.name, s.full_name, s.id
                """.formatted(IN_POST))
                .param("ward", wardId).param("unit", unitId, Types.BIGINT).param("text", text, Types.VARCHAR)
                .param("like", text == null ? null : "%" + text.replace("%", "\\%").replace("_", "\\_") + "%",
                        Types.VARCHAR)
                .param("day", inPostOn, Types.DATE)
                .query(Row.class).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "where s.id = ?").param(id).query(Row.class).optional();
    }

    List<Row> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where s.id in (:ids) order by s.id").param("ids", ids).query(Row.class).list();
    }

    long countInPost(long wardId, LocalDate day) {
        return jdbc.sql("select count(*) from staff_member s where s.ward_id = :ward and " + IN_POST)
                .param("ward", wardId).param("day", day).query(Long.class).single();
    }

    long insert(long wardId, Values v) {
        return jdbc.sql("""
                insert into staff_member (ward_id, unit_id, full_name, position, in_post_from, in_post_to, note)
                values (:ward, :unit, :name, :position, :from, :to, :note) returning id
                """).paramSource(params(v).addValue("ward", wardId)).query(Long.class).single();
    }

    /**
     * Inserts a batch of rows in one statement (arrays unnested by the database, one round trip) and
     * answers their ids.
     */
    List<Long> insert(long wardId, List<Values> rows) {
        return jdbc.sql("""
                insert into staff_member (ward_id, unit_id, full_name, position, in_post_from, in_post_to, note)
                select ?, r.unit, r.name, r.position, r.from_on, r.to_on, r.note
                from unnest(?::bigint[], ?::text[], ?::text[], ?::date[], ?::date[], ?::text[])
                     as r(unit, name, position, from_on, to_on, note)
                returning id
                """).param(wardId)
                .param(rows.stream().map(Values::unitId).toArray(Long[]::new))
                .param(rows.stream().map(Values::fullName).toArray(String[]::new))
                .param(rows.stream().map(Values::position).toArray(String[]::new))
                .param(SqlArrays.dates(rows.stream().map(Values::inPostFrom)))
                .param(SqlArrays.dates(rows.stream().map(Values::inPostTo)))
                .param(rows.stream().map(Values::note).toArray(String[]::new))
                .query(Long.class).list();
    }

    /** Locks the person's row until the transaction ends (nothing when not of the ward). */
    void lock(long wardId, long id) {
        jdbc.sql("select 1 from staff_member where ward_id = ? and id = ? for no key update").params(wardId, id)
                .query(Integer.class).optional();
    }

    /** Raises the version, and only from the one given (false: the entry moved on, nothing written). */
    boolean update(long id, long version, Values v) {
        return jdbc.sql("""
                update staff_member set unit_id = :unit, full_name = :name, position = :position,
                       in_post_from = :from, in_post_to = :to, note = :note, version = version + 1
                where id = :id and version = :version
                """).paramSource(params(v).addValue("id", id).addValue("version", version)).update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("delete from staff_member where id = ? and version = ?").params(id, version).update() == 1;
    }

    private static MapSqlParameterSource params(Values v) {
        return new MapSqlParameterSource()
                .addValue("unit", v.unitId()).addValue("name", v.fullName())
                .addValue("position", v.position(), Types.VARCHAR).addValue("from", v.inPostFrom(), Types.DATE)
                .addValue("to", v.inPostTo(), Types.DATE).addValue("note", v.note(), Types.VARCHAR);
    }
}
