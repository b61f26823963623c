package vn.ward57.task.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Uploads;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitNames;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.task.Directive;
import vn.ward57.task.DirectiveForm;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.DirectiveType;
import vn.ward57.task.TaskForm;
import vn.ward57.task.TaskService;
import vn.ward57.task.TaskStats;
import vn.ward57.task.TaskStatsService;
import vn.ward57.task.domain.TaskStatsRepository.GroupBy;
import vn.ward57.common.web.Downloads;

/** The directive register: the list with each document's light, a document with its files and tasks. */
@Controller
class DirectivePageController {

    private final WardAccess access;
    private final OrgLookup org;
    private final DirectiveService directives;
    private final TaskService tasks;
    private final TaskStatsService stats;
    private final PageForms forms;

    DirectivePageController(WardAccess access, OrgLookup org, DirectiveService directives, TaskService tasks,
                            TaskStatsService stats, PageForms forms) {
        this.access = access;
        this.org = org;
        this.directives = directives;
        this.tasks = tasks;
        this.stats = stats;
        this.forms = forms;
    }

    @GetMapping("/wards/{wardCode}/directives")
    String list(Ward ward, Model model) {
        Map<String, TaskStats> lights = stats.breakdown(ward, WardTime.today(), GroupBy.DIRECTIVE).stream()
                .collect(Collectors.toMap(TaskStatsService.Row::key, TaskStatsService.Row::stats));
        model.addAttribute("ward", ward);
        model.addAttribute("directives", directives.list(ward));
        model.addAttribute("lights", lights);
        model.addAttribute("types", DirectiveType.values());
        model.addAttribute("canEdit", access.canEnterData(ward));
        return "task/directives";
    }

    @PostMapping("/wards/{wardCode}/directives")
    String create(Ward ward, @Valid DirectiveForm form, BindingResult errors, RedirectAttributes redirect) {
        return forms.saveAndRedirect(errors, () -> directives.create(ward, form), redirect,
                        "directive.created", form.number())
                .map(created -> "redirect:/directives/" + created.id())
                .orElse("redirect:/wards/" + ward.code() + "/directives");
    }

    /** canEdit: a file, a task; canImport: a file of tasks, of every unit (not for an officer of one unit). */
    @GetMapping("/directives/{directiveId}")
    String detail(@PathVariable long directiveId, Model model) {
        Ward ward = directives.wardOf(directiveId);
        Directive directive = directives.get(ward, directiveId);
        Map<Long, Directive> register = directives.list(ward).stream()
                .collect(Collectors.toMap(Directive::id, Function.identity()));
        model.addAttribute("ward", ward);
        model.addAttribute("directive", directive);
        model.addAttribute("register", register);
        model.addAttribute("files", directives.files(ward, directiveId));
        model.addAttribute("tasks", tasks.list(ward, WardTime.today(),
                new TaskService.Filter(directiveId, null, null, null, null, null)));
        model.addAttribute("stats", stats.ward(ward, WardTime.today(),
                new TaskStatsService.Scope(directiveId, null, null)));
        List<Unit> wardUnits = org.units(ward.id());
        model.addAttribute("units", wardUnits);
        model.addAttribute("unitNames", UnitNames.of(wardUnits));
        model.addAttribute("canEdit", access.canEnterData(ward));
        model.addAttribute("canImport", access.canManage(ward));
        return "task/directive";
    }

    @PostMapping("/directives/{directiveId}/files")
    String attach(@PathVariable long directiveId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        Ward ward = directives.wardOf(directiveId);
        try (InputStream content = Uploads.content(file)) {
            forms.attemptAndRedirect(new MapBindingResult(new HashMap<>(), "file"),
                    () -> directives.attach(ward, directiveId, Uploads.name(file), content),
                    redirect, "directive.file-kept");
        }
        return "redirect:/directives/" + directiveId;
    }

    @PostMapping("/directives/{directiveId}/tasks")
    String assign(@PathVariable long directiveId, @Valid TaskForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        Ward ward = directives.wardOf(directiveId);
        forms.attemptAndRedirect(errors, () -> tasks.assignByDirective(ward, directiveId, form), redirect,
                "task.assigned", form.code());
        return "redirect:/directives/" + directiveId;
    }

    /** A kept file, for those who may read its ward. */
    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId) {
        var file = directives.download(directives.wardOfFile(attachmentId), attachmentId);
        return Downloads.keptFile(file.info().fileName(), file.info().contentType()).body(file.content());
    }
}
