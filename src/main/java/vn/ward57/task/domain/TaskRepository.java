package vn.ward57.task.domain;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks, their coordinating units, and the lists of them as of a date. */
@Repository
public class TaskRepository {

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task as of a date; unit ids as stored (the service names them). */
    public record Row(long id, long wardId, Long directiveId, Long meetingId, String code, String title, String phase,
                      Long leadUnitId, String coordinatorIds, LocalDate startOn, LocalDate deadlineThen,
                      LocalDate originalDeadline, String expectedOutput, LocalDate doneOn, String status,
                      long version) {
    }

    /** What a list may be narrowed to; nulls do not narrow. unitId matches the lead or a coordinating unit. */
    public record Filter(Long directiveId, Long meetingId, String phase, Long unitId, String status, LocalDate dueBy) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    public record NewTask(long wardId, Long directiveId, Long meetingId, String code, String title, String phase,
                          Long leadUnitId, LocalDate startOn, LocalDate deadline, String expectedOutput) {
    }

    private static final String LIST = """
            select id, ward_id, directive_id, meeting_id, code, title, phase, lead_unit_id,
                   array_to_string(array(select c.unit_id from task_coordinator c where c.task_id = s.id order by 1), ',')
                       as coordinator_ids,
                   start_on, deadline_then, original_deadline, expected_output, done_on, status, version
            from (select *, %s as status from (%s) a) s
            where ward_id = :ward
              and (cast(:directive as bigint) is null or directive_id = :directive)
              and (cast(:meeting as bigint) is null or meeting_id = :meeting)
              and (cast(:phase as varchar) is null or phase = :phase)
              and (cast(:unit as bigint) is null or lead_unit_id = :unit
                   or exists (select 1 from task_coordinator c where c.task_id = s.id and c.unit_id = :unit))
              and (cast(:status as varchar) is null or status = :status)
              and (cast(:dueBy as date) is null or deadline_then <= :dueBy)
            """.formatted(TaskAsOf.STATUS, TaskAsOf.TASKS);

    public List<Row> list(long wardId, LocalDate asOf, Filter f) {
        return jdbc.sql(LIST + " order by deadline_then nulls last, code, id")
                .param("ward", wardId).param("asOf", asOf)
                .param("directive", f.directiveId(), Types.BIGINT).param("meeting", f.meetingId(), Types.BIGINT)
                .param("phase", f.phase(), Types.VARCHAR).param("unit", f.unitId(), Types.BIGINT)
                .param("status", f.status(), Types.VARCHAR).param("dueBy", f.dueBy(), Types.DATE)
                .query(Row.class).list();
    }

    /** A task of the ward as of a date (another ward's is not found). */
    public Optional<Row> find(long wardId, long id, LocalDate asOf) {
        return jdbc.sql("""
                select id, ward_id, directive_id, meeting_id, code, title, phase, lead_unit_id,
                       array_to_string(array(select c.unit_id from task_coordinator c where c.task_id = s.id order by 1), ',')
                           as coordinator_ids,
                       start_on, deadline_then, original_deadline, expected_output, done_on, status, version
                from (select *, %s as status from (%s) a) s
                where ward_id = :ward and id = :id
                """.formatted(TaskAsOf.STATUS, TaskAsOf.TASKS)).param("ward", wardId).param("id", id)
                .param("asOf", asOf).query(Row.class).optional();
    }

    /** The task of this code in the directive (or meeting), if any. */
    public Optional<Long> findId(Long directiveId, Long meetingId, String code) {
        return jdbc.sql("""
                select id from task where code = :code
                  and (directive_id = :directive or meeting_id = :meeting)
                """).param("code", code).param("directive", directiveId, Types.BIGINT)
                .param("meeting", meetingId, Types.BIGINT).query(Long.class).optional();
    }

    public long insert(NewTask t) {
        return jdbc.sql("""
                insert into task (ward_id, directive_id, meeting_id, code, title, phase, lead_unit_id, start_on,
                                  deadline, original_deadline, expected_output)
                values (:ward, :directive, :meeting, :code, :title, :phase, :lead, :start, :deadline, :deadline, :output)
                returning id
                """)
                .param("ward", t.wardId()).param("directive", t.directiveId(), Types.BIGINT)
                .param("meeting", t.meetingId(), Types.BIGINT).param("code", t.code()).param("title", t.title())
                .param("phase", t.phase(), Types.VARCHAR).param("lead", t.leadUnitId(), Types.BIGINT)
                .param("start", t.startOn(), Types.DATE).param("deadline", t.deadline(), Types.DATE)
                .param("output", t.expectedOutput(), Types.VARCHAR)
                .query(Long.class).single();
    }

    public void setCoordinators(long taskId, List<Long> unitIds) {
        jdbc.sql("delete from task_coordinator where task_id = ?").param(taskId).update();
        for (Long unit : unitIds) {
            jdbc.sql("insert into task_coordinator (task_id, unit_id) values (?, ?)").params(taskId, unit).update();
        }
    }

    /**
     * Locks the task's row until the transaction ends, so that changes of its state follow one another
     * (no key update: new history rows, whose key points at the task, are not held up).
     */
    public boolean lock(long taskId) {
        return jdbc.sql("select 1 from task where id = ? for no key update").param(taskId).query(Integer.class)
                .optional().isPresent();
    }

    /**
     * Each change raises the version, and only from the version it was based on (false: it moved on);
     * a null version changes whatever the version is (an import: the last write wins).
     */
    public boolean setLeadUnit(long taskId, Long version, Long unitId) {
        return set("lead_unit_id", unitId, Types.BIGINT, taskId, version);
    }

    public boolean setDeadline(long taskId, Long version, LocalDate deadline) {
        return set("deadline", deadline, Types.DATE, taskId, version);
    }

    public boolean setCompletedOn(long taskId, Long version, LocalDate completedOn) {
        return set("completed_on", completedOn, Types.DATE, taskId, version);
    }

    private boolean set(String column, Object value, int type, long taskId, Long version) {
        return jdbc.sql("update task set " + column + " = :value, version = version + 1 where id = :id"
                        + " and (cast(:version as integer) is null or version = :version)")
                .param("value", value, type).param("id", taskId).param("version", version, Types.INTEGER)
                .update() == 1;
    }

    /** The wards that have any task, for the daily reminders. */
    public List<Long> wardIds() {
        return jdbc.sql("select distinct ward_id from task order by 1").query(Long.class).list();
    }

    /** The phases used in the ward's tasks, for the filters. */
    public List<String> phases(long wardId) {
        return jdbc.sql("select distinct phase from task where ward_id = ? and phase is not null order by 1")
                .param(wardId).query(String.class).list();
    }

    /** A task as it stands now (not as of a date), for an import to compare a row with. */
    public record Current(long id, String code, String title, String phase, Long leadUnitId, String coordinatorIds,
                         LocalDate startOn, LocalDate deadline, LocalDate completedOn) {
    }

    /**
     * Locked until the import commits, before it writes anything: the import compares its rows with what
     * the tasks are, and a completion or extension of one of them at the same moment waits for it (tasks
     * first, then the ward's revision row, as every change of one task takes them). One statement, in the
     * order of the ids, so that two writers that lock several tasks of a directive never wait for each other
     * crosswise; no key update, as {@link #lock} takes it, so new history rows of the tasks are not held up.
     */
    public List<Current> currentOfDirective(long wardId, long directiveId) {
        return jdbc.sql("""
                select id, code, title, phase, lead_unit_id,
                       array_to_string(array(select c.unit_id from task_coordinator c where c.task_id = t.id order by 1), ',')
                           as coordinator_ids,
                       start_on, deadline, completed_on
                from task t where ward_id = ? and directive_id = ? order by id
                for no key update
                """).params(wardId, directiveId).query(Current.class).list();
    }

    /** Title, phase, lead unit, start and deadline at once, so that the checks between dates see the new pair. */
    public void update(long taskId, String title, String phase, Long leadUnitId, LocalDate startOn, LocalDate deadline) {
        jdbc.sql("""
                update task set title = :title, phase = :phase, lead_unit_id = :lead, start_on = :start,
                                deadline = :deadline, version = version + 1
                where id = :id
                """)
                .param("title", title).param("phase", phase, Types.VARCHAR).param("lead", leadUnitId, Types.BIGINT)
                .param("start", startOn, Types.DATE).param("deadline", deadline, Types.DATE).param("id", taskId)
                .update();
    }
}
