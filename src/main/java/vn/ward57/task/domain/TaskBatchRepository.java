package vn.ward57.task.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The writes of a task import, each one statement for a whole batch of rows (arrays unnested by the
 * database): a round trip and one firing of each trigger per batch, not per row.
 */
@Repository
class TaskBatchRepository {

    private final JdbcClient jdbc;

    TaskBatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewTask(String code, String title, String phase, Long leadUnitId, LocalDate startOn,
                          LocalDate deadline, LocalDate completedOn) {
    }

    public record Change(long id, String title, String phase, Long leadUnitId, LocalDate startOn, LocalDate deadline) {
    }

    public record Event(long taskId, String kind, LocalDate onDate, String note, Long attachmentId, LocalDate deadline) {
    }

    /**
     * Inserts the tasks into the directive; answers the id of each code inserted. A code the directive
     * has already (written by someone else meanwhile) is left out, not an error of the database.
     */
    public Map<String, Long> insert(long wardId, long directiveId, List<NewTask> tasks) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("""
                insert into task (ward_id, directive_id, code, title, phase, lead_unit_id, start_on, deadline,
                                  original_deadline, completed_on)
                select ?, ?, r.code, r.title, r.phase, r.lead, r.start_on, r.deadline, r.deadline, r.completed_on
                from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::date[], ?::date[], ?::date[])
                     with ordinality as r(code, title, phase, lead, start_on, deadline, completed_on, n)
                order by r.n
                on conflict (directive_id, code) where directive_id is not null do nothing
                returning id, code
                """)
                .param(wardId).param(directiveId)
                .param(tasks.stream().map(NewTask::code).toArray(String[]::new))
                .param(tasks.stream().map(NewTask::title).toArray(String[]::new))
                .param(tasks.stream().map(NewTask::phase).toArray(String[]::new))
                .param(tasks.stream().map(NewTask::leadUnitId).toArray(Long[]::new))
                .param(dates(tasks.stream().map(NewTask::startOn).toList()))
                .param(dates(tasks.stream().map(NewTask::deadline).toList()))
                .param(dates(tasks.stream().map(NewTask::completedOn).toList()))
                .query(rs -> {
                    ids.put(rs.getString("code"), rs.getLong("id"));
                });
        return ids;
    }

    /** Raises each task's version, so that a change based on what was read before the import is refused. */
    public void update(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update task t set title = u.title, phase = u.phase, lead_unit_id = u.lead, start_on = u.start_on,
                                  deadline = u.deadline, version = t.version + 1
                from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::date[], ?::date[])
                     as u(id, title, phase, lead, start_on, deadline)
                where t.id = u.id
                """)
                .param(changes.stream().map(Change::id).toArray(Long[]::new))
                .param(changes.stream().map(Change::title).toArray(String[]::new))
                .param(changes.stream().map(Change::phase).toArray(String[]::new))
                .param(changes.stream().map(Change::leadUnitId).toArray(Long[]::new))
                .param(dates(changes.stream().map(Change::startOn).toList()))
                .param(dates(changes.stream().map(Change::deadline).toList()))
                .update();
    }

    /** Sets the completion dates of tasks that have none yet, raising their versions. */
    public void complete(Map<Long, LocalDate> completions) {
        if (completions.isEmpty()) {
            return;
        }
        List<Map.Entry<Long, LocalDate>> list = List.copyOf(completions.entrySet());
        jdbc.sql("update task t set completed_on = u.on_date, version = t.version + 1"
                        + " from unnest(?::bigint[], ?::date[]) as u(id, on_date) where t.id = u.id")
                .param(list.stream().map(Map.Entry::getKey).toArray(Long[]::new))
                .param(dates(list.stream().map(Map.Entry::getValue).toList()))
                .update();
    }

    /** Replaces the coordinating units of the tasks: each pair is a task and one of its units. */
    public void setCoordinators(List<Long> taskIds, List<Long> pairTasks, List<Long> pairUnits) {
        if (!taskIds.isEmpty()) {
            jdbc.sql("delete from task_coordinator where task_id = any(?::bigint[])")
                    .param(taskIds.toArray(Long[]::new)).update();
        }
        if (!pairTasks.isEmpty()) {
            jdbc.sql("insert into task_coordinator (task_id, unit_id) select * from unnest(?::bigint[], ?::bigint[])")
                    .param(pairTasks.toArray(Long[]::new)).param(pairUnits.toArray(Long[]::new)).update();
        }
    }

    /** Adds the events in their order (a task's creation before its completion). */
    public void events(long wardId, String actor, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into task_event (ward_id, task_id, kind, on_date, note, attachment_id, deadline, actor)
                select ?, e.task, e.kind, e.on_date, e.note, e.attachment, e.deadline, ?
                from unnest(?::bigint[], ?::text[], ?::date[], ?::text[], ?::bigint[], ?::date[])
                     with ordinality as e(task, kind, on_date, note, attachment, deadline, n)
                order by e.n
                """)
                .param(wardId).param(actor)
                .param(events.stream().map(Event::taskId).toArray(Long[]::new))
                .param(events.stream().map(Event::kind).toArray(String[]::new))
                .param(dates(events.stream().map(Event::onDate).toList()))
                .param(events.stream().map(Event::note).toArray(String[]::new))
                .param(events.stream().map(Event::attachmentId).toArray(Long[]::new))
                .param(dates(events.stream().map(Event::deadline).toList()))
                .update();
    }

    /** Dates as ISO text, cast by the statement: the driver has no array type of dates. */
    private static String[] dates(List<LocalDate> dates) {
        return dates.stream().map(d -> d == null ? null : d.toString()).toArray(String[]::new);
    }
}
