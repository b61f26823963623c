package vn.ward57.task.domain;

/**
 * The SQL of a task's state as of a date (:asOf), shared by the statistics and the task lists so
 * that both say the same. The deadline in force then is the last extension decided by :asOf, else
 * the first deadline; the task is done if its last completion or reopening by :asOf is a completion.
 * A task counts as assigned from its start date (else the date of its directive or meeting).
 */
final class TaskAsOf {

    static final String TASKS = """
            select t.*, coalesce(ext.deadline, t.original_deadline) as deadline_then,
                   case when fin.kind = 'COMPLETED' then fin.on_date end as done_on,
                   coalesce(t.start_on, d.issued_on, m.held_on) as assigned_on
            from task t
            left join directive d on d.id = t.directive_id
            left join meeting m on m.id = t.meeting_id
            left join lateral (select e.deadline from task_event e
                               where e.task_id = t.id and e.kind = 'EXTENDED' and e.on_date <= :asOf
                               order by e.on_date desc, e.id desc limit 1) ext on true
            left join lateral (select e.kind, e.on_date from task_event e
                               where e.task_id = t.id and e.kind in ('COMPLETED', 'REOPENED') and e.on_date <= :asOf
                               order by e.on_date desc, e.id desc limit 1) fin on true
            """;

    static final String STATUS = """
            case when done_on is not null
                      then case when deadline_then is null or done_on <= deadline_then
                                then 'DONE_ON_TIME' else 'DONE_LATE' end
                 when deadline_then is null or :asOf <= deadline_then then 'IN_PROGRESS'
                 else 'OVERDUE' end
            """;

    private TaskAsOf() {
    }
}
