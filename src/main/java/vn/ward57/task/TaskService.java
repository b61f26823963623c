package vn.ward57.task;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
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
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;
import vn.ward57.task.domain.TaskEventRepository;
import vn.ward57.task.domain.TaskRepository;

/** Assigning tasks (by a directive or a meeting) and listing them as of a date, with their history. */
@Service
@Transactional(readOnly = true)
public class TaskService {

    private final WardService wards;
    private final OrgLookup org;
    private final DirectiveService directives;
    private final MeetingService meetings;
    private final TaskRepository tasks;
    private final TaskEventRepository history;
    private final ApplicationEventPublisher events;

    TaskService(WardService wards, OrgLookup org, DirectiveService directives, MeetingService meetings,
                TaskRepository tasks, TaskEventRepository history, ApplicationEventPublisher events) {
        this.wards = wards;
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

    @Transactional
    public Task assignByDirective(long directiveId, TaskForm form) {
        Ward ward = directives.wardOf(directiveId);
        return assign(ward, directiveId, null, form);
    }

    @Transactional
    public Task assignByMeeting(long meetingId, TaskForm form) {
        Ward ward = meetings.wardOf(meetingId);
        return assign(ward, null, meetingId, form);
    }

    private Task assign(Ward ward, Long directiveId, Long meetingId, TaskForm form) {
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
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
        Task created = describe(tasks.find(id, WardTime.today()).orElseThrow(), ward, units);
        events.publishEvent(ChangeRecorded.created("task", String.valueOf(id), ward.provinceId(), ward.id().value(),
                created));
        return created;
    }

    public Task get(long id) {
        return get(id, WardTime.today());
    }

    public Task get(long id, LocalDate asOf) {
        var row = tasks.find(id, asOf).orElseThrow(() -> new NotFoundException("task.not-found", null, id));
        Ward ward = readable(row.wardId());
        return describe(row, ward, UnitCodes.of(org, ward));
    }

    public List<Task> list(String wardCode, LocalDate asOf, Filter filter) {
        return list(wards.get(wardCode), asOf, filter);
    }

    /** Without an access check: the caller has made its own (or, like the daily reminders, runs for nobody). */
    List<Task> list(Ward ward, LocalDate asOf, Filter filter) {
        UnitCodes units = UnitCodes.of(org, ward);
        var f = new TaskRepository.Filter(filter.directive(), filter.meeting(), filter.phase(),
                filter.unit() == null ? null : units.id(filter.unit(), "unit"),
                filter.status() == null ? null : filter.status().name(), filter.dueBy());
        return tasks.list(ward.id().value(), asOf, f).stream().map(r -> describe(r, ward, units)).toList();
    }

    public List<String> phases(String wardCode) {
        return tasks.phases(wards.get(wardCode).id().value());
    }

    public List<Event> history(long taskId) {
        get(taskId);
        return history.history(taskId).stream().map(r -> new Event(r.kind(), r.onDate(), r.note(), r.link(),
                r.attachmentId(), r.attachmentName(), r.deadline(), r.actor(), r.recordedAt())).toList();
    }

    private Ward readable(long wardId) {
        return wards.get(new WardId(wardId));
    }

    static Task describe(TaskRepository.Row r, Ward ward, UnitCodes units) {
        return new Task(r.id(), ward.code(), r.directiveId(), r.meetingId(), r.code(), r.title(), r.phase(),
                units.code(r.leadUnitId()), units.codes(r.coordinatorIds()), r.startOn(), r.deadlineThen(),
                r.originalDeadline(), r.expectedOutput(), r.doneOn(), TaskStatus.valueOf(r.status()), r.version());
    }
}
