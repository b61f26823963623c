package vn.ward57.task;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.task.domain.MeetingService;
import vn.ward57.task.domain.RecordWardRepository.Table;
import vn.ward57.task.domain.RecordWards;
import vn.ward57.task.domain.TaskEventRepository;
import vn.ward57.task.domain.TaskRepository;
import vn.ward57.task.domain.UnitCodes;

/**
 * Assigning tasks (by a directive or a meeting) and listing them as of a date, with their history. Assigning
 * registers what a directive or meeting gave each unit, as its register is kept: by every officer of the
 * ward. The work on a task is its lead unit's ({@link TaskProgressService}).
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    private final RecordWards recordWards;
    private final OrgLookup org;
    private final DirectiveService directives;
    private final MeetingService meetings;
    private final TaskRepository tasks;
    private final TaskEventRepository history;
    private final ApplicationEventPublisher events;

    TaskService(RecordWards recordWards, OrgLookup org, DirectiveService directives, MeetingService meetings,
                TaskRepository tasks, TaskEventRepository history, ApplicationEventPublisher events) {
        this.recordWards = recordWards;
        this.org = org;
        this.directives = directives;
        this.meetings = meetings;
        this.tasks = tasks;
        this.history = history;
        this.events = events;
    }

    /** What a list of tasks is narrowed to (nulls do not narrow); unit matches lead or coordinating units. */
    public record Filter(Long directive, Long meeting, String phase, String unit, TaskStatus status, LocalDate dueBy) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    /** One entry of a task's history: what happened, when it takes effect, the note and the evidence. */
    public record Event(String kind, LocalDate onDate, String note, String link, Long attachmentId,
                        String attachmentName, LocalDate deadline, String actor, java.time.OffsetDateTime recordedAt) {
    }

    /** The ward of a task, if the user may read it: 404 for no such task, 403 for another ward's. */
    public Ward wardOf(long taskId) {
        return recordWards.of(Table.TASK, taskId, "task.not-found");
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Task assignByDirective(Ward ward, long directiveId, TaskForm form) {
        directives.get(ward, directiveId);
        return assign(ward, directiveId, null, form);
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Task assignByMeeting(Ward ward, long meetingId, TaskForm form) {
        meetings.get(ward, meetingId);
        return assign(ward, null, meetingId, form);
    }

    private Task assign(Ward ward, Long directiveId, Long meetingId, TaskForm form) {
        UnitCodes units = UnitCodes.of(org, ward);
        Long lead = units.id(form.leadUnit(), "leadUnit");
        List<Long> coordinating = units.ids(form.coordinatingUnits(), "coordinatingUnits");
        if (form.startOn() != null && form.deadline() != null && form.deadline().isBefore(form.startOn())) {
            throw new InvalidInputException("task.deadline-before-start", "deadline");
        }
        if (tasks.findId(directiveId, meetingId, form.code()).isPresent()) {
            throw new ConflictException("task.duplicate", "code", form.code());
        }
        long id = tasks.insert(new TaskRepository.NewTask(ward.id().value(), directiveId, meetingId, form.code(),
                form.title(), form.phase(), lead, form.startOn(), form.deadline(), form.expectedOutput()));
        tasks.setCoordinators(id, coordinating);
        history.insert(new TaskEventRepository.NewEvent(ward.id().value(), id, "CREATED", WardTime.today(), null, null,
                null, form.deadline(), CurrentActor.name()));
        Task created = get(ward, id);
        events.publishEvent(ChangeRecorded.created("task", String.valueOf(id), ward,
                created));
        return created;
    }

    public Task get(Ward ward, long id) {
        return get(ward, id, WardTime.today());
    }

    public Task get(Ward ward, long id, LocalDate asOf) {
        var row = tasks.find(ward.id().value(), id, asOf)
                .orElseThrow(() -> new NotFoundException("task.not-found", null, id));
        return describe(row, ward, UnitCodes.of(org, ward));
    }

    /** ward: read-checked by whoever resolved it, or (the daily reminders) the ward of a run for nobody. */
    public List<Task> list(Ward ward, LocalDate asOf, Filter filter) {
        UnitCodes units = UnitCodes.of(org, ward);
        var f = new TaskRepository.Filter(filter.directive(), filter.meeting(), filter.phase(),
                filter.unit() == null ? null : units.id(filter.unit(), "unit"),
                filter.status() == null ? null : filter.status().name(), filter.dueBy());
        return tasks.list(ward.id().value(), asOf, f).stream().map(r -> describe(r, ward, units)).toList();
    }

    public List<String> phases(Ward ward) {
        return tasks.phases(ward.id().value());
    }

    public List<Event> history(Ward ward, long taskId) {
        get(ward, taskId);
        return history.history(taskId).stream().map(r -> new Event(r.kind(), r.onDate(), r.note(), r.link(),
                r.attachmentId(), r.attachmentName(), r.deadline(), r.actor(), r.recordedAt())).toList();
    }

    static Task describe(TaskRepository.Row r, Ward ward, UnitCodes units) {
        return new Task(r.id(), ward.code(), r.directiveId(), r.meetingId(), r.code(), r.title(), r.phase(),
                units.code(r.leadUnitId()), units.codes(r.coordinatorIds()), r.startOn(), r.deadlineThen(),
                r.originalDeadline(), r.expectedOutput(), r.doneOn(), TaskStatus.valueOf(r.status()), r.version());
    }
}
