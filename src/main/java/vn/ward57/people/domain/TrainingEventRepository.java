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

/** Training events and their participants per target group. */
@Repository
public class TrainingEventRepository {

    private static final String SELECT = """
            select id, ward_id, held_on, title, organiser, format, programme, certificates_issued, note, version
            from training_event
            """;

    private final JdbcClient jdbc;

    TrainingEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, long wardId, LocalDate heldOn, String title, String organiser, String format,
                      String programme, long certificatesIssued, String note, long version) {
    }

    public record Values(LocalDate heldOn, String title, String organiser, String format, String programme,
                         long certificatesIssued, String note) {
    }

    public record Participants(long trainingEventId, String targetGroup, long participants) {
    }

    /** The ward's events, latest first, narrowed by period, programme and text when given. */
    public List<Row> find(long wardId, LocalDate from, LocalDate to, String programme, String text) {
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

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(Row.class).optional();
    }

    public long insert(long wardId, Values v) {
        return jdbc.sql("""
                insert into training_event (ward_id, held_on, title, organiser, format, programme,
                                            certificates_issued, note)
                values (:ward, :heldOn, :title, :organiser, :format, :programme, :certificates, :note) returning id
                """).paramSource(params(v).addValue("ward", wardId)).query(Long.class).single();
    }

    /** Locks the event's row until the transaction ends (nothing when not of the ward). */
    public void lock(long wardId, long id) {
        jdbc.sql("select 1 from training_event where ward_id = ? and id = ? for no key update").params(wardId, id)
                .query(Integer.class).optional();
    }

    /** Raises the version, and only from the one given (false: the event moved on, nothing written). */
    public boolean update(long id, long version, Values v) {
        return jdbc.sql("""
                update training_event set held_on = :heldOn, title = :title, organiser = :organiser, format = :format,
                       programme = :programme, certificates_issued = :certificates, note = :note,
                       version = version + 1
                where id = :id and version = :version
                """).paramSource(params(v).addValue("id", id).addValue("version", version)).update() == 1;
    }

    public boolean delete(long id, long version) {
        return jdbc.sql("delete from training_event where id = ? and version = ?").params(id, version).update() == 1;
    }

    public List<Participants> participants(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select training_event_id, target_group, participants from training_participants
                where training_event_id in (:ids)
                """).param("ids", eventIds).query(Participants.class).list();
    }

    /** Replaces the event's counts: a group not in the map had no participants. */
    public void setParticipants(long wardId, long eventId, Map<String, Long> counts) {
        jdbc.sql("delete from training_participants where training_event_id = ?").param(eventId).update();
        counts.forEach((group, count) -> setParticipants(wardId, eventId, group, count));
    }

    public void setParticipants(long wardId, long eventId, String group, long count) {
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
