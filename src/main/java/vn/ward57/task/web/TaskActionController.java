package vn.ward57.task.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.task.domain.TaskProgressService;
import vn.ward57.task.domain.TaskProgressService.Evidence;
import vn.ward57.task.TaskService;

/**
 * The forms of a task's page: progress, completion, reopening, and the leaders' extension and reassignment;
 * all but progress carry the version the page showed, so a task changed meanwhile is not changed again blind.
 * The task's ward is resolved (and read-checked) first; a refusal of the change itself is a 403 page.
 */
@Controller
class TaskActionController {

    private final TaskService tasks;
    private final TaskProgressService progress;
    private final PageForms forms;

    TaskActionController(TaskService tasks, TaskProgressService progress, PageForms forms) {
        this.tasks = tasks;
        this.progress = progress;
        this.forms = forms;
    }

    @PostMapping("/tasks/{taskId}/progress")
    String progress(@PathVariable long taskId, @RequestParam(required = false) String note,
                    @RequestParam(required = false) String link, @RequestParam(required = false) MultipartFile file,
                    RedirectAttributes redirect) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            Evidence evidence = new Evidence(Uploads.name(file), content, link);
            return act(taskId, ward -> progress.progress(ward, taskId, note, evidence), redirect,
                    "task.progress-recorded");
        }
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable long taskId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String link,
                    @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            Evidence evidence = new Evidence(Uploads.name(file), content, link);
            return act(taskId, ward -> progress.complete(ward, taskId, version, completedOn, note, evidence),
                    redirect, "task.completed");
        }
    }

    @PostMapping("/tasks/{taskId}/reopen")
    String reopen(@PathVariable long taskId, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(taskId, ward -> progress.reopen(ward, taskId, version, reason), redirect, "task.reopened");
    }

    @PostMapping("/tasks/{taskId}/extend")
    String extend(@PathVariable long taskId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        return act(taskId, ward -> progress.extend(ward, taskId, version, deadline, reason, null), redirect,
                "task.extended");
    }

    @PostMapping("/tasks/{taskId}/reassign")
    String reassign(@PathVariable long taskId, @RequestParam(required = false) String leadUnit,
                    @RequestParam(required = false) List<String> coordinatingUnits,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) {
        return act(taskId, ward -> progress.reassign(ward, taskId, version, leadUnit, coordinatingUnits, reason),
                redirect, "task.reassigned");
    }

    /** The change on the task's ward; its outcome is flashed on the task's page, where the person goes back. */
    private String act(long taskId, Consumer<Ward> change, RedirectAttributes redirect, String successKey) {
        Ward ward = tasks.wardOf(taskId);
        forms.attemptAndRedirect(new MapBindingResult(new HashMap<>(), "task"), () -> change.accept(ward), redirect,
                successKey);
        return "redirect:/tasks/" + taskId;
    }
}
