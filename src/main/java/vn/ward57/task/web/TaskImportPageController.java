package vn.ward57.task.web;

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
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.task.Directive;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.TaskImportService;
import vn.ward57.task.TaskImportStatus;

/**
 * A directive's task imports on a page: the file is sent from the directive's page and the officer lands
 * here, where each import shows how far it has got, then its counts or its faulty rows. While one is
 * waiting or running the panel asks again every 2 seconds (htmx) and offers to cancel it.
 */
@Controller
class TaskImportPageController {

    private final DirectiveService directives;
    private final WardService wards;
    private final TaskImportService imports;
    private final PageForms forms;

    TaskImportPageController(DirectiveService directives, WardService wards, TaskImportService imports,
                             PageForms forms) {
        this.directives = directives;
        this.wards = wards;
        this.imports = imports;
        this.forms = forms;
    }

    /** The page, or (htmx) only its panel of imports, which is what the panel itself polls. */
    @GetMapping("/directives/{directiveId}/task-imports")
    String imports(@PathVariable long directiveId, Model model, HttpServletRequest request) {
        fill(directiveId, model);
        return Htmx.view(request, "task/imports", "panel");
    }

    /** Queues the file's import; a file refused at once (not a task list, too many rows) says why. */
    @PostMapping("/directives/{directiveId}/task-imports")
    String start(@PathVariable long directiveId, @RequestParam(required = false) MultipartFile file,
                 @RequestParam(defaultValue = "false") boolean skipInvalid, RedirectAttributes redirect)
            throws IOException {
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            forms.attemptAndRedirect(new MapBindingResult(new HashMap<>(), "file"),
                    () -> imports.importFile(directiveId, file == null ? null : file.getOriginalFilename(), content,
                            skipInvalid),
                    redirect, "taskimports.started");
        }
        return "redirect:/directives/" + directiveId + "/task-imports";
    }

    @PostMapping("/task-imports/{taskImportId}/cancel")
    String cancel(@PathVariable long taskImportId, Model model, HttpServletRequest request,
                  RedirectAttributes redirect) {
        TaskImportStatus asked = imports.cancel(taskImportId);
        if (Htmx.isHtmx(request)) {
            fill(asked.directiveId(), model);
        }
        String key = asked.finished() ? "taskimports.cancel-too-late" : "taskimports.cancel-asked";
        return forms.respond(true, key, request, model, redirect, "task/imports", "panel",
                "/directives/" + asked.directiveId() + "/task-imports");
    }

    private void fill(long directiveId, Model model) {
        Directive directive = directives.get(directiveId);
        Ward ward = wards.get(directive.wardCode());
        model.addAttribute("ward", ward);
        model.addAttribute("directive", directive);
        model.addAttribute("imports", imports.ofDirective(directiveId));
        model.addAttribute("canImport", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
    }
}
