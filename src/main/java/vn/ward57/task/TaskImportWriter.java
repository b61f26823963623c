package vn.ward57.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Messages;
import vn.ward57.org.Ward;
import vn.ward57.task.domain.TaskEventRepository;
import vn.ward57.task.domain.TaskEventRepository.NewEvent;
import vn.ward57.task.domain.TaskRepository;

/**
 * Writes the checked rows of a task file into a directive: a new code is a new task, a known one
 * is updated in place. A new deadline is kept in the history as an extension (the first deadline
 * stays), and a completion date as a completion whose evidence is the imported file.
 * The caller holds the transaction.
 */
@Component
class TaskImportWriter {

    /** History notes are the ward's records, written in Vietnamese whatever the user's language. */
    private static final Locale RECORDS = Locale.forLanguageTag("vi");

    private final TaskRepository tasks;
    private final TaskEventRepository history;
    private final Messages messages;

    TaskImportWriter(TaskRepository tasks, TaskEventRepository history, Messages messages) {
        this.tasks = tasks;
        this.history = history;
        this.messages = messages;
    }

    record Written(long inserted, long updated) {
    }

    /** The directive's tasks as they stand, by code. */
    Map<String, TaskRepository.Current> current(long directiveId) {
        return tasks.currentOfDirective(directiveId).stream()
                .collect(Collectors.toMap(TaskRepository.Current::code, t -> t));
    }

    Written write(Ward ward, long directiveId, List<ImportedTask> rows, Map<String, TaskRepository.Current> current,
                  String fileName, long fileId) {
        long inserted = 0;
        long updated = 0;
        for (ImportedTask row : rows) {
            TaskRepository.Current now = current.get(row.code());
            long id;
            boolean changed;
            if (now == null) {
                id = tasks.insert(new TaskRepository.NewTask(ward.id().value(), directiveId, null, row.code(),
                        row.title(), row.phase(), row.leadUnitId(), row.startOn(), row.deadline(), null));
                tasks.setCoordinators(id, row.coordinatorIds());
                event(ward, id, "CREATED", WardTime.today(), null, null, row.deadline());
                inserted++;
                changed = false;
            } else {
                id = now.id();
                changed = update(ward, row, now, fileName);
            }
            if (row.completedOn() != null && (now == null || !row.completedOn().equals(now.completedOn()))) {
                event(ward, id, "COMPLETED", row.completedOn(),
                        messages.get(RECORDS, "taskimport.note-completed", fileName), fileId, null);
                tasks.setCompletedOn(id, null, row.completedOn());
                changed |= now != null;
            }
            updated += changed ? 1 : 0;
        }
        return new Written(inserted, updated);
    }

    /** Updates what the row changes; false when the row says what the task already is. */
    private boolean update(Ward ward, ImportedTask row, TaskRepository.Current now, String fileName) {
        String coordinators = row.coordinatorIds().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        boolean newDeadline = !Objects.equals(row.deadline(), now.deadline());
        boolean changed = newDeadline || !row.title().equals(now.title()) || !Objects.equals(row.phase(), now.phase())
                || !Objects.equals(row.leadUnitId(), now.leadUnitId())
                || !coordinators.equals(Objects.requireNonNullElse(now.coordinatorIds(), ""))
                || !Objects.equals(row.startOn(), now.startOn());
        if (!changed) {
            return false;
        }
        tasks.update(now.id(), row.title(), row.phase(), row.leadUnitId(), row.startOn(), row.deadline());
        tasks.setCoordinators(now.id(), row.coordinatorIds());
        if (newDeadline) {
            // the parser refuses an empty deadline for a task that has one, so this is always a date
            event(ward, now.id(), "EXTENDED", WardTime.today(),
                    messages.get(RECORDS, "taskimport.note-extended", fileName), null, row.deadline());
        }
        return true;
    }

    private void event(Ward ward, long taskId, String kind, LocalDate on, String note, Long fileId,
                       LocalDate deadline) {
        history.insert(new NewEvent(ward.id().value(), taskId, kind, on, note, null, fileId, deadline,
                CurrentActor.name()));
    }
}
