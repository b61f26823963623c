package vn.ward57.task.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.IfMatch;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.task.Task;
import vn.ward57.task.domain.TaskProgressService;
import vn.ward57.task.domain.TaskProgressService.Evidence;
import vn.ward57.task.TaskService;
import vn.ward57.task.TaskStatus;

@RestController
@Tag(name = "Nhiệm vụ", description = "Tasks as of a date, their history, progress, completion with evidence, "
        + "reopening; new deadlines and units (leaders)")
class TaskApiController {

    private final TaskService tasks;
    private final TaskProgressService progress;

    TaskApiController(TaskService tasks, TaskProgressService progress) {
        this.tasks = tasks;
        this.progress = progress;
    }

    @GetMapping("/api/v1/wards/{wardCode}/tasks")
    List<Task> list(Ward ward,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(required = false) Long directive, @RequestParam(required = false) Long meeting,
                    @RequestParam(required = false) String phase, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) TaskStatus status,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy) {
        return tasks.list(ward, asOf == null ? WardTime.today() : asOf,
                new TaskService.Filter(directive, meeting, phase, unit, status, dueBy));
    }

    /** With the task's version as its ETag: sent back in If-Match, a change of a task changed since is refused. */
    @GetMapping("/api/v1/tasks/{taskId}")
    ResponseEntity<Task> get(@PathVariable long taskId, @RequestParam(required = false)
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return versioned(tasks.get(tasks.wardOf(taskId), taskId, asOf == null ? WardTime.today() : asOf));
    }

    @GetMapping("/api/v1/tasks/{taskId}/history")
    List<TaskService.Event> history(@PathVariable long taskId) {
        return tasks.history(tasks.wardOf(taskId), taskId);
    }

    /** A progress note, with a file or link as evidence if any (multipart). */
    @PostMapping("/api/v1/tasks/{taskId}/progress")
    Task progress(@PathVariable long taskId, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String link,
                  @RequestParam(required = false) MultipartFile file) throws IOException {
        Ward ward = tasks.wardOf(taskId);
        try (InputStream content = Uploads.content(file)) {
            return progress.progress(ward, taskId, note, new Evidence(Uploads.name(file), content, link));
        }
    }

    /**
     * Completes the task on completedOn (default today); a file or a link is required as evidence (multipart).
     * The changes below take If-Match (the ETag of GET): a task changed since is refused with 409.
     */
    @PostMapping("/api/v1/tasks/{taskId}/complete")
    ResponseEntity<Task> complete(@PathVariable long taskId,
                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String link,
                  @RequestParam(required = false) MultipartFile file) throws IOException {
        Ward ward = tasks.wardOf(taskId);
        try (InputStream content = Uploads.content(file)) {
            return versioned(progress.complete(ward, taskId, IfMatch.version(ifMatch), completedOn, note,
                    new Evidence(Uploads.name(file), content, link)));
        }
    }

    record Reason(String reason) {
    }

    @PostMapping("/api/v1/tasks/{taskId}/reopen")
    ResponseEntity<Task> reopen(@PathVariable long taskId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                @RequestBody(required = false) Reason body) {
        return versioned(progress.reopen(tasks.wardOf(taskId), taskId, IfMatch.version(ifMatch), body == null ? null : body.reason()));
    }

    record Extension(LocalDate deadline, String reason, LocalDate decidedOn) {
    }

    @PostMapping("/api/v1/tasks/{taskId}/extend")
    ResponseEntity<Task> extend(@PathVariable long taskId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                @RequestBody(required = false) Extension body) {
        Extension e = body == null ? new Extension(null, null, null) : body;
        return versioned(progress.extend(tasks.wardOf(taskId), taskId, IfMatch.version(ifMatch), e.deadline(), e.reason(), e.decidedOn()));
    }

    record Reassignment(String leadUnit, List<String> coordinatingUnits, String reason) {
    }

    @PostMapping("/api/v1/tasks/{taskId}/reassign")
    ResponseEntity<Task> reassign(@PathVariable long taskId,
                                  @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                  @RequestBody(required = false) Reassignment body) {
        Reassignment r = body == null ? new Reassignment(null, null, null) : body;
        return versioned(progress.reassign(tasks.wardOf(taskId), taskId, IfMatch.version(ifMatch), r.leadUnit(),
                r.coordinatingUnits(), r.reason()));
    }

    private static ResponseEntity<Task> versioned(Task task) {
        return ResponseEntity.ok().eTag(String.valueOf(task.version())).body(task);
    }
}
