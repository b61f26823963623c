package vn.ward57.task.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.ward57.common.WardTime;
import vn.ward57.common.table.RowError;
import vn.ward57.common.web.Messages;
import vn.ward57.task.domain.TaskBatchRepository.Change;
import vn.ward57.task.domain.TaskBatchRepository.Event;

/**
 * Writes the checked rows of a task file into a directive, {@value #BATCH} rows per statement: a new
 * code is a new task, a known one is updated in place. A new deadline is kept in the history as an
 * extension (the first deadline stays), and a completion date as a completion whose evidence is the
 * imported file. A code someone else gave a task of the directive meanwhile is a row error, not a
 * database exception. The caller holds the transaction.
 */
@Component
class TaskImportWriter {

    static final int BATCH = 1_000;

    /** History notes are the ward's records, written in Vietnamese whatever the user's language. */
    private static final Locale RECORDS = Locale.forLanguageTag("vi");

    private final TaskRepository tasks;
    private final TaskBatchRepository batch;
    private final Messages messages;

    TaskImportWriter(TaskRepository tasks, TaskBatchRepository batch, Messages messages) {
        this.tasks = tasks;
        this.batch = batch;
        this.messages = messages;
    }

    record Written(long inserted, long updated) {
    }

    /** Where the file's rows go, the file kept as their evidence, and who imports it. */
    record Target(long wardId, long directiveId, String fileName, long fileId, String actor) {
    }

    /**
     * The directive's tasks as they stand, by code, each locked until the caller's transaction ends: a
     * change of one of them made meanwhile by hand waits for the import and is then made on top of it.
     */
    Map<String, TaskRepository.Current> current(long wardId, long directiveId) {
        return tasks.currentOfDirective(wardId, directiveId).stream()
                .collect(Collectors.toMap(TaskRepository.Current::code, t -> t));
    }

    /** afterBatch is told how many rows each batch wrote, as it ends; taken, each code taken meanwhile. */
    Written write(Target to, List<ImportedTask> rows, Map<String, TaskRepository.Current> current,
                  Consumer<RowError> taken, Consumer<Integer> afterBatch) {
        long inserted = 0;
        long updated = 0;
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<ImportedTask> part = rows.subList(from, Math.min(rows.size(), from + BATCH));
            Written w = writeBatch(to, part, current, taken);
            inserted += w.inserted();
            updated += w.updated();
            afterBatch.accept(part.size());
        }
        return new Written(inserted, updated);
    }

    private Written writeBatch(Target to, List<ImportedTask> rows, Map<String, TaskRepository.Current> current,
                               Consumer<RowError> taken) {
        Map<String, ImportedTask> fresh = new LinkedHashMap<>();
        for (ImportedTask row : rows) {
            if (!current.containsKey(row.code())) {
                fresh.put(row.code(), row);
            }
        }
        Map<String, Long> ids = batch.insert(to.wardId(), to.directiveId(), fresh.values().stream()
                .map(r -> new TaskBatchRepository.NewTask(r.code(), r.title(), r.phase(), r.leadUnitId(), r.startOn(),
                        r.deadline(), r.completedOn())).toList());
        String completedNote = messages.get(RECORDS, "taskimport.note-completed", to.fileName());
        String extendedNote = messages.get(RECORDS, "taskimport.note-extended", to.fileName());
        List<Event> events = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        Map<Long, LocalDate> completions = new LinkedHashMap<>();
        List<Long> replaced = new ArrayList<>();
        List<Long> pairTasks = new ArrayList<>();
        List<Long> pairUnits = new ArrayList<>();
        long updated = 0;
        for (ImportedTask row : rows) {
            TaskRepository.Current now = current.get(row.code());
            long id;
            boolean changed = false;
            if (now == null) {
                Long created = ids.get(row.code());
                if (created == null) {
                    taken.accept(new RowError(row.row(), TaskColumn.CODE.canonical(), row.code(),
                            messages.get("taskimport.code-taken")));
                    continue;
                }
                id = created;
                events.add(new Event(id, "CREATED", WardTime.today(), null, null, row.deadline()));
                row.coordinatorIds().forEach(unit -> { pairTasks.add(created); pairUnits.add(unit); });
            } else {
                id = now.id();
                changed = changed(row, now);
                if (changed) {
                    changes.add(new Change(id, row.title(), row.phase(), row.leadUnitId(), row.startOn(),
                            row.deadline()));
                    replaced.add(id);
                    row.coordinatorIds().forEach(unit -> { pairTasks.add(id); pairUnits.add(unit); });
                    if (!Objects.equals(row.deadline(), now.deadline())) {
                        // the parser refuses an empty deadline for a task that has one, so this is always a date
                        events.add(new Event(id, "EXTENDED", WardTime.today(), extendedNote, null, row.deadline()));
                    }
                }
            }
            if (row.completedOn() != null && (now == null || !row.completedOn().equals(now.completedOn()))) {
                events.add(new Event(id, "COMPLETED", row.completedOn(), completedNote, to.fileId(), null));
                if (now != null) {
                    completions.put(id, row.completedOn());
                    changed = true;
                }
            }
            updated += changed ? 1 : 0;
        }
        batch.update(changes);
        batch.complete(completions);
        batch.setCoordinators(replaced, pairTasks, pairUnits);
        batch.events(to.wardId(), to.actor(), events);
        return new Written(ids.size(), updated);
    }

    /** Whether the row says something other than what the task already is. */
    private static boolean changed(ImportedTask row, TaskRepository.Current now) {
        String coordinators = row.coordinatorIds().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        return !Objects.equals(row.deadline(), now.deadline()) || !row.title().equals(now.title())
                || !Objects.equals(row.phase(), now.phase()) || !Objects.equals(row.leadUnitId(), now.leadUnitId())
                || !coordinators.equals(Objects.requireNonNullElse(now.coordinatorIds(), ""))
                || !Objects.equals(row.startOn(), now.startOn());
    }
}
