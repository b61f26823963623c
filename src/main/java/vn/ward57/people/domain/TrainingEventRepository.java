package vn.ward57.people.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ward57.common.database.SqlArrays;

/** Training events and their participants per target group. */
@Repository
class TrainingEventRepository {

    private static final String SELECT = """
            select id, ward_id, held_on, title, organiser, format, programme, certificates_issued, note, version
            from training_event
            """;

    private final JdbcClient jdbc;

    TrainingEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long wardId, LocalDate heldOn, String title, String organiser, String format,
                      String programme, long certificatesIssued, String note, long version) {
    }

    record Values(LocalDate heldOn, String title, String organiser, String format, String programme,
                         long certificatesIssued, String note) {
    }

    record Participants(long trainingEventId, String targetGroup, long participants) {
    }

    /** The ward's events, latest first, narrowed by period, programme and text when given. */
    List<Row> find(long wardId, LocalDate from, LocalDate to, String programme, String text) {
        return jdbc.sql(SELECT + """
                where ward_id = :ward
                  and (cast(:from as date) is null or held_on >= :from)
                  and (cast(:to as date) is null or held_on <= :to)
                  and (cast(:programme as varchar) is null or programme = :programme)
                  and (cast(:text as varchar) is null or title ilike :like or organiser ilike :like or note ilike :like)
                order by held_on desc, id desc
                """)
                .param("ward", wardId).param("from", from, Types.DATE).param("to", to, Types.DATE)
                .param("programme", programme, Types.VARCHAR).param("text", text, Types.VARCHAR)
                .param("like", text == null ? null : "%" + text.replace("%", "\\%").replace("_", "\\_") + "%",
                        Types.VARCHAR)
                .query(Row.class).list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(Row.class).optional();
    }

    List<Row> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where id in (:ids) order by id").param("ids", ids).query(Row.class).list();
    }

    /**
     * Inserts a batch of events in one statement (arrays unnested by the database) and answers their ids in
     * the order of the rows. The ids are taken from the column's sequence first, so that each event's
     * participants can be written with it without relying on the order of a RETURNING.
     */
    List<Long> insert(long wardId, List<Values> rows) {
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('training_event', 'id')) "
                + "from generate_series(1, ?)").param(rows.size()).query(Long.class).list();
        jdbc.sql("""
                insert into training_event (id, ward_id, held_on, title, organiser, format, programme,
                                            certificates_issued, note)
                overriding system value
                select r.id, ?, r.held_on, r.title, r.organiser, r.format, r.programme, r.certificates, r.note
                from unnest(?::bigint[], ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[])
                     as r(id, held_on, title, organiser, format, programme, certificates, note)
                """).param(wardId).param(ids.toArray(Long[]::new))
                .param(SqlArrays.dates(rows.stream().map(Values::heldOn)))
                .param(rows.stream().map(Values::title).toArray(String[]::new))
                .param(rows.stream().map(Values::organiser).toArray(String[]::new))
                .param(rows.stream().map(Values::format).toArray(String[]::new))
                .param(rows.stream().map(Values::programme).toArray(String[]::new))
                .param(rows.stream().map(Values::certificatesIssued).toArray(Long[]::new))
                .param(rows.stream().map(Values::note).toArray(String[]::new))
                .update();
        return ids;
    }

    /** Adds the counts of new events in one statement (the events have none yet). */
    void addParticipants(long wardId, List<Participants> counts) {
        if (counts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into training_participants (ward_id, training_event_id, target_group, participants)
                select ?, p.event, p.target_group, p.participants
                from unnest(?::bigint[], ?::text[], ?::bigint[]) as p(event, target_group, participants)
                """).param(wardId)
                .param(counts.stream().map(Participants::trainingEventId).toArray(Long[]::new))
                .param(counts.stream().map(Participants::targetGroup).toArray(String[]::new))
                .param(counts.stream().map(Participants::participants).toArray(Long[]::new))
                .update();
    }

    long insert(long wardId, Values v) {
        return jdbc.sql("""
                insert into training_event (ward_id, held_on, title, organiser, format, programme,
                                            certificates_issued, note)
                values (:ward, :heldOn, :title, :organiser, :format, :programme, :certificates, :note) returning id
                """).paramSource(params(v).addValue("ward", wardId)).query(Long.class).single();
    }

    /** Locks the event's row until the transaction ends (nothing when not of the ward). */
    void lock(long wardId, long id) {
        jdbc.sql("select 1 from training_event where ward_id = ? and id = ? for no key update").params(wardId, id)
                .query(Integer.class).optional();
    }

    /** Raises the version, and only from the one given (false: the event moved on, nothing written). */
    boolean update(long id, long version, Values v) {
        return jdbc.sql("""
                update training_event set held_on = :heldOn, title = :title, organiser = :organiser, format = :format,
                       programme = :programme, certificates_issued = :certificates, note = :note,
                       version = version + 1
                where id = :id and version = :version
                """).paramSource(params(v).addValue("id", id).addValue("version", version)).update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("delete from training_event where id = ? and version = ?").params(id, version).update() == 1;
    }

    List<Participants> participants(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select training_event_id, target_group, participants from training_participants
                where training_event_id in (:ids)
                """).param("ids", eventIds).query(Participants.class).list();
    }

    /** Replaces the event's counts: a group not in the map had no participants. */
    void setParticipants(long wardId, long eventId, Map<String, Long> counts) {
        jdbc.sql("delete from training_participants where training_event_id = ?").param(eventId).update();
        counts.forEach((group, count) -> setParticipants(wardId, eventId, group, count));
    }

    void setParticipants(long wardId, long eventId, String group, long count) {
        jdbc.sql("""
                insert into training_participants (ward_id, training_event_id, target_group, participants)
                values (?, ?, ?, ?)
                on conflict (training_event_id, target_group) do update set participants = excluded.participants
                """).params(wardId, eventId, group, count).update();
    }

    private static MapSqlParameterSource params(Values v) {
        return new MapSqlParameterSource()
                .addValue("heldOn", v.heldOn(), Types.DATE).addValue("title", v.title())
                .addValue("organiser", v.organiser(), Types.VARCHAR).addValue("format", v.format())
                .addValue("programme", v.programme()).addValue("certificates", v.certificatesIssued())
                .addValue("note", v.note(), Types.VARCHAR);
    }
}
