package vn.ward57.task.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.domain.TaskImportService;
import vn.ward57.task.TaskImportStatus;

/**
 * A directive's task imports on a page: the file is sent from the directive's page and the officer lands
 * here, where each import shows how far it has got, then its counts or its faulty rows. While one is
 * waiting or running the panel asks again every 2 seconds (htmx) and offers to cancel it.
 */
@Controller
class TaskImportPageController {

    private static final String PAGE = "task/imports";

    private final DirectiveService directives;
    private final WardAccess access;
    private final TaskImportService imports;
    private final PageForms forms;

    TaskImportPageController(DirectiveService directives, WardAccess access, TaskImportService imports,
                             PageForms forms) {
        this.directives = directives;
        this.access = access;
        this.imports = imports;
        this.forms = forms;
    }

    /** The page, or (htmx) only its panel of imports, which is what the panel itself polls. */
    @GetMapping("/directives/{directiveId}/task-imports")
    String imports(@PathVariable long directiveId, Model model, HtmxRequest htmx) {
        fill(directives.wardOf(directiveId), directiveId, model);
        return htmx.isHtmxRequest() ? PAGE + " :: panel" : PAGE;
    }

    /** Queues the file's import; a file refused at once (not a task list, too many rows) says why. */
    @PostMapping("/directives/{directiveId}/task-imports")
    String start(@PathVariable long directiveId, @RequestParam(required = false) MultipartFile file,
                 @RequestParam(defaultValue = "false") boolean skipInvalid, RedirectAttributes redirect)
            throws IOException {
        Ward ward = directives.wardOf(directiveId);
        try (InputStream content = Uploads.content(file)) {
            forms.attemptAndRedirect(new MapBindingResult(new HashMap<>(), "file"),
                    () -> imports.importFile(ward, directiveId, Uploads.name(file), content, skipInvalid),
                    redirect, "taskimports.started");
        }
        return "redirect:/directives/" + directiveId + "/task-imports";
    }

    @PostMapping("/task-imports/{taskImportId}/cancel")
    String cancel(@PathVariable long taskImportId, Model model, HtmxRequest htmx, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Ward ward = imports.wardOf(taskImportId);
        TaskImportStatus asked = imports.cancel(ward, taskImportId);
        if (htmx.isHtmxRequest()) {
            fill(ward, asked.directiveId(), model);
        }
        String key = asked.finished() ? "taskimports.cancel-too-late" : "taskimports.cancel-asked";
        return forms.respond(true, key, request, model, redirect, PAGE, "panel",
                "/directives/" + asked.directiveId() + "/task-imports");
    }

    private void fill(Ward ward, long directiveId, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("directive", directives.get(ward, directiveId));
        model.addAttribute("imports", imports.ofDirective(ward, directiveId));
        model.addAttribute("canImport", access.canManage(ward));
    }
}
