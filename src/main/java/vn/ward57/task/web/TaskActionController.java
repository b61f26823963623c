package vn.ward57.task.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.web.PageForms;
import vn.ward57.task.TaskProgressService;
import vn.ward57.task.TaskProgressService.Evidence;

/**
 * The forms of a task's page: progress, completion, reopening, and the leaders' extension and reassignment;
 * all but progress carry the version the page showed, so a task changed meanwhile is not changed again blind.
 */
@Controller
class TaskActionController {

    private final TaskProgressService progress;
    private final PageForms forms;

    TaskActionController(TaskProgressService progress, PageForms forms) {
        this.progress = progress;
        this.forms = forms;
    }

    @PostMapping("/tasks/{taskId}/progress")
    String progress(@PathVariable long taskId, @RequestParam(required = false) String note,
                    @RequestParam(required = false) String link, @RequestParam(required = false) MultipartFile file,
                    RedirectAttributes redirect) throws IOException {
        try (InputStream content = content(file)) {
            act(() -> progress.progress(taskId, note, new Evidence(name(file), content, link)), redirect,
                    "task.progress-recorded");
        }
        return back(taskId);
    }

    @PostMapping("/tasks/{taskId}/complete")
    String complete(@PathVariable long taskId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String link,
                    @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) throws IOException {
        try (InputStream content = content(file)) {
            act(() -> progress.complete(taskId, version, completedOn, note, new Evidence(name(file), content, link)),
                    redirect, "task.completed");
        }
        return back(taskId);
    }

    @PostMapping("/tasks/{taskId}/reopen")
    String reopen(@PathVariable long taskId, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        act(() -> progress.reopen(taskId, version, reason), redirect, "task.reopened");
        return back(taskId);
    }

    @PostMapping("/tasks/{taskId}/extend")
    String extend(@PathVariable long taskId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        act(() -> progress.extend(taskId, version, deadline, reason, null), redirect, "task.extended");
        return back(taskId);
    }

    @PostMapping("/tasks/{taskId}/reassign")
    String reassign(@PathVariable long taskId, @RequestParam(required = false) String leadUnit,
                    @RequestParam(required = false) List<String> coordinatingUnits,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) Long version,
                    RedirectAttributes redirect) {
        act(() -> progress.reassign(taskId, version, leadUnit, coordinatingUnits, reason), redirect,
                "task.reassigned");
        return back(taskId);
    }

    private void act(Runnable change, RedirectAttributes redirect, String successKey) {
        forms.attemptAndRedirect(new MapBindingResult(new HashMap<>(), "task"), change, redirect, successKey);
    }

    private static String back(long taskId) {
        return "redirect:/tasks/" + taskId;
    }

    private static InputStream content(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getInputStream();
    }

    private static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }
}
