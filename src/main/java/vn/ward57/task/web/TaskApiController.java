package vn.ward57.task.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.WardTime;
import vn.ward57.task.Task;
import vn.ward57.task.TaskProgressService;
import vn.ward57.task.TaskProgressService.Evidence;
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
    List<Task> list(@PathVariable String wardCode,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(required = false) Long directive, @RequestParam(required = false) Long meeting,
                    @RequestParam(required = false) String phase, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) TaskStatus status,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy) {
        return tasks.list(wardCode, asOf == null ? WardTime.today() : asOf,
                new TaskService.Filter(directive, meeting, phase, unit, status, dueBy));
    }

    @GetMapping("/api/v1/tasks/{taskId}")
    Task get(@PathVariable long taskId,
             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return tasks.get(taskId, asOf == null ? WardTime.today() : asOf);
    }

    @GetMapping("/api/v1/tasks/{taskId}/history")
    List<TaskService.Event> history(@PathVariable long taskId) {
        return tasks.history(taskId);
    }

    /** A progress note, with a file or link as evidence if any (multipart). */
    @PostMapping("/api/v1/tasks/{taskId}/progress")
    Task progress(@PathVariable long taskId, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String link,
                  @RequestParam(required = false) MultipartFile file) throws IOException {
        try (InputStream content = content(file)) {
            return progress.progress(taskId, note, new Evidence(name(file), content, link));
        }
    }

    /** Completes the task on completedOn (default today); a file or a link is required as evidence (multipart). */
    @PostMapping("/api/v1/tasks/{taskId}/complete")
    Task complete(@PathVariable long taskId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String link,
                  @RequestParam(required = false) MultipartFile file) throws IOException {
        try (InputStream content = content(file)) {
            return progress.complete(taskId, completedOn, note, new Evidence(name(file), content, link));
        }
    }

    record Reason(String reason) {
    }

    @PostMapping("/api/v1/tasks/{taskId}/reopen")
    Task reopen(@PathVariable long taskId, @RequestBody(required = false) Reason body) {
        return progress.reopen(taskId, body == null ? null : body.reason());
    }

    record Extension(LocalDate deadline, String reason, LocalDate decidedOn) {
    }

    @PostMapping("/api/v1/tasks/{taskId}/extend")
    Task extend(@PathVariable long taskId, @RequestBody(required = false) Extension body) {
        Extension e = body == null ? new Extension(null, null, null) : body;
        return progress.extend(taskId, e.deadline(), e.reason(), e.decidedOn());
    }

    record Reassignment(String leadUnit, List<String> coordinatingUnits, String reason) {
    }

    @PostMapping("/api/v1/tasks/{taskId}/reassign")
    Task reassign(@PathVariable long taskId, @RequestBody(required = false) Reassignment body) {
        Reassignment r = body == null ? new Reassignment(null, null, null) : body;
        return progress.reassign(taskId, r.leadUnit(), r.coordinatingUnits(), r.reason());
    }

    private static InputStream content(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getInputStream();
    }

    private static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }
}
