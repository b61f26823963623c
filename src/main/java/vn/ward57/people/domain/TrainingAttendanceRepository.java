package vn.ward57.people.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which of the ward's staff attended which training event. */
@Repository
class TrainingAttendanceRepository {

    private final JdbcClient jdbc;

    TrainingAttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Attendance(long trainingEventId, long staffMemberId) {
    }

    /** An event a staff member attended, for their page. */
    record Attended(long trainingEventId, LocalDate heldOn, String title, String programme) {
    }

    List<Attendance> of(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select training_event_id, staff_member_id from training_attendance
                where training_event_id in (:ids) order by staff_member_id
                """).param("ids", eventIds).query(Attendance.class).list();
    }

    long count(long eventId) {
        return jdbc.sql("select count(*) from training_attendance where training_event_id = ?").param(eventId)
                .query(Long.class).single();
    }

    void replace(long wardId, long eventId, Collection<Long> staffIds) {
        jdbc.sql("delete from training_attendance where training_event_id = ?").param(eventId).update();
        for (long staffId : staffIds) {
            jdbc.sql("insert into training_attendance (ward_id, training_event_id, staff_member_id) values (?, ?, ?)")
                    .params(wardId, eventId, staffId).update();
        }
    }

    List<Attended> attendedBy(long staffMemberId) {
        return jdbc.sql("""
                select e.id as training_event_id, e.held_on, e.title, e.programme
                from training_attendance a join training_event e on e.id = a.training_event_id
                where a.staff_member_id = ? order by e.held_on desc, e.id desc
                """).param(staffMemberId).query(Attended.class).list();
    }
}
