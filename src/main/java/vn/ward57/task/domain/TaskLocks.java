package vn.ward57.task.domain;

import org.springframework.stereotype.Component;
import vn.ward57.common.audit.RecordVersions;
import vn.ward57.org.Ward;
import vn.ward57.task.Task;
import vn.ward57.task.TaskService;

/**
 * One change of a task at a time, each from the version the person read. Two completions of one task
 * sent at once used to both pass the "not yet completed" check and both write a completion; now the
 * second waits for the first and is refused, and a change based on an older version is refused.
 */
@Component
class TaskLocks {

    private final TaskService tasks;
    private final TaskRepository repository;
    private final RecordVersions versions;

    TaskLocks(TaskService tasks, TaskRepository repository, RecordVersions versions) {
        this.tasks = tasks;
        this.repository = repository;
        this.versions = versions;
    }

    /** The task as it stands, its row locked until the change commits (call inside the change's transaction). */
    Task locked(Ward ward, long taskId) {
        tasks.get(ward, taskId);  // not the ward's: refused before any lock is taken
        repository.lock(taskId);
        return tasks.get(ward, taskId);
    }

    /** Refuses a change based on another version than the task's (null: the person named none). */
    void check(Task task, Long version) {
        versions.check("task", String.valueOf(task.id()), version, task.version(), task);
    }

    /** The conditional update found the task at another version: refused like a stale version. */
    void written(boolean written, Ward ward, long taskId) {
        if (!written) {
            throw versions.stale("task", String.valueOf(taskId), tasks.get(ward, taskId).version(), null);
        }
    }
}
