package vn.ward57.task.domain;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Texts;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.task.Task;
import vn.ward57.task.TaskService;

/**
 * What happens to a task after it is assigned: progress notes, completion with evidence, reopening
 * with a reason (by those who may edit its lead unit's data), and (leaders only) a new deadline or new
 * units, each kept in its dated history.
 */
@Service
@Transactional
public class TaskProgressService {

    /** What task_event.note holds: a longer note or reason is refused with its field before the database would. */
    static final int MAX_NOTE = 4000;

    private final TaskService tasks;
    private final WardAccess access;
    private final OrgLookup org;
    private final TaskRepository repository;
    private final TaskEventRepository history;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final TaskLocks locks;

    TaskProgressService(TaskService tasks, WardAccess access, OrgLookup org, TaskRepository repository,
                        TaskEventRepository history, Attachments attachments, ApplicationEventPublisher events,
                        TaskLocks locks) {
        this.locks = locks;
        this.tasks = tasks;
        this.access = access;
        this.org = org;
        this.repository = repository;
        this.history = history;
        this.attachments = attachments;
        this.events = events;
    }

    /** A file (name and content) or a link given as evidence; either may be absent. */
    public record Evidence(String fileName, InputStream content, String link) {

        public static Evidence none() {
            return new Evidence(null, null, null);
        }

        boolean hasFile() {
            return content != null;
        }
    }

    @PreAuthorize("@access.enterData(#ward)")
    public Task progress(Ward ward, long taskId, String note, Evidence evidence) {
        Task task = tasks.get(ward, taskId);
        access.editUnit(ward, task.leadUnit());
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("task.note-required", "note");
        }
        record(ward, task, "PROGRESS", WardTime.today(), note, "note", evidence, null);
        return tasks.get(ward, taskId);
    }

    /** version: the one the person read (null: any); a task changed since is refused (409, who and when). */
    @PreAuthorize("@access.enterData(#ward)")
    public Task complete(Ward ward, long taskId, Long version, LocalDate completedOn, String note,
                         Evidence evidence) {
        Task task = locks.locked(ward, taskId);
        access.editUnit(ward, task.leadUnit());
        locks.check(task, version);
        LocalDate on = completedOn == null ? WardTime.today() : completedOn;
        if (task.completedOn() != null) {
            throw new ConflictException("task.already-completed", null, task.code());
        }
        if (on.isAfter(WardTime.today())) {
            throw new InvalidInputException("task.completed-in-future", "completedOn");
        }
        if (task.startOn() != null && on.isBefore(task.startOn())) {
            throw new InvalidInputException("task.completed-before-start", "completedOn");
        }
        if (!evidence.hasFile() && blank(evidence.link())) {
            throw new InvalidInputException("task.evidence-required", "file");
        }
        record(ward, task, "COMPLETED", on, note, "note", evidence, null);
        return changed(ward, task, repository.setCompletedOn(taskId, task.version(), on));
    }

    @PreAuthorize("@access.enterData(#ward)")
    public Task reopen(Ward ward, long taskId, Long version, String reason) {
        Task task = locks.locked(ward, taskId);
        access.editUnit(ward, task.leadUnit());
        locks.check(task, version);
        if (task.completedOn() == null) {
            throw new ConflictException("task.not-completed", null, task.code());
        }
        requireReason(reason);
        record(ward, task, "REOPENED", WardTime.today(), reason, "reason", Evidence.none(), null);
        return changed(ward, task, repository.setCompletedOn(taskId, task.version(), null));
    }

    /** A new deadline, in force from the day it was decided; the first deadline stays on the task. */
    @PreAuthorize("@access.direct(#ward)")
    public Task extend(Ward ward, long taskId, Long version, LocalDate deadline, String reason, LocalDate decidedOn) {
        Task task = locks.locked(ward, taskId);
        locks.check(task, version);
        LocalDate on = decidedOn == null ? WardTime.today() : decidedOn;
        if (deadline == null) {
            throw new InvalidInputException("validation.required.deadline", "deadline");
        }
        if (task.startOn() != null && deadline.isBefore(task.startOn())) {
            throw new InvalidInputException("task.deadline-before-start", "deadline");
        }
        if (on.isAfter(WardTime.today())) {
            throw new InvalidInputException("task.decided-in-future", "decidedOn");
        }
        requireReason(reason);
        record(ward, task, "EXTENDED", on, reason, "reason", Evidence.none(), deadline);
        return changed(ward, task, repository.setDeadline(taskId, task.version(), deadline));
    }

    @PreAuthorize("@access.direct(#ward)")
    public Task reassign(Ward ward, long taskId, Long version, String leadUnit, List<String> coordinatingUnits,
                         String reason) {
        Task task = locks.locked(ward, taskId);
        locks.check(task, version);
        UnitCodes units = UnitCodes.of(org, ward);
        Long lead = units.id(Texts.blankToNull(leadUnit), "leadUnit");
        List<String> others = coordinatingUnits == null ? List.of()
                : coordinatingUnits.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<Long> coordinating = units.ids(others, "coordinatingUnits");
        requireReason(reason);
        String change = " (" + nullToDash(task.leadUnit()) + " → " + nullToDash(units.code(lead)) + ")";
        checkLength(reason, "reason", MAX_NOTE - change.length());
        record(ward, task, "REASSIGNED", WardTime.today(), reason.strip() + change, "reason", Evidence.none(), null);
        boolean written = repository.setLeadUnit(taskId, task.version(), lead);
        repository.setCoordinators(taskId, coordinating);
        return changed(ward, task, written);
    }

    private void record(Ward ward, Task task, String kind, LocalDate on, String note, String noteField,
                        Evidence evidence, LocalDate deadline) {
        checkLength(note, noteField, MAX_NOTE);
        Long file = evidence.hasFile()
                ? attachments.store(ward, null, evidence.fileName(), evidence.content(), "file") : null;
        String link = blank(evidence.link()) ? null : link(evidence.link().strip());
        history.insert(new TaskEventRepository.NewEvent(ward.id().value(), task.id(), kind, on,
                Texts.blankToNull(note), link, file, deadline, CurrentActor.name()));
    }

    private Task changed(Ward ward, Task before, boolean written) {
        locks.written(written, ward, before.id());
        Task after = tasks.get(ward, before.id());
        events.publishEvent(ChangeRecorded.updated("task", String.valueOf(before.id()), ward, before, after));
        return after;
    }

    private static String link(String link) {
        if (link.length() > 1000 || !(link.startsWith("http://") || link.startsWith("https://"))) {
            throw new InvalidInputException("task.bad-link", "link", link.length() > 60 ? link.substring(0, 60) : link);
        }
        return link;
    }

    private static void checkLength(String text, String field, int max) {
        if (text != null && text.strip().length() > max) {
            throw new InvalidInputException("task." + field + "-too-long", field, max, text.strip().length());
        }
    }

    private static void requireReason(String reason) {
        if (blank(reason)) {
            throw new InvalidInputException("task.reason-required", "reason");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }
}
