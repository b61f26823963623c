package vn.ward57.task.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.task.Directive;
import vn.ward57.task.DirectiveForm;
import vn.ward57.task.DirectiveService;
import vn.ward57.task.DirectiveType;
import vn.ward57.task.TaskForm;
import vn.ward57.task.TaskService;
import vn.ward57.task.TaskStats;
import vn.ward57.task.TaskStatsService;
import vn.ward57.task.domain.TaskStatsRepository.GroupBy;

/** The directive register: the list with each document's light, a document with its files and tasks. */
@Controller
class DirectivePageController {

    private final WardService wards;
    private final OrgLookup org;
    private final DirectiveService directives;
    private final TaskService tasks;
    private final TaskStatsService stats;
    private final PageForms forms;

    DirectivePageController(WardService wards, OrgLookup org, DirectiveService directives, TaskService tasks,
                            TaskStatsService stats, PageForms forms) {
        this.wards = wards;
        this.org = org;
        this.directives = directives;
        this.tasks = tasks;
        this.stats = stats;
        this.forms = forms;
    }

    @GetMapping("/wards/{wardCode}/directives")
    String list(@PathVariable String wardCode, Model model) {
        Ward ward = wards.get(wardCode);
        Map<String, TaskStats> lights = stats.breakdown(wardCode, WardTime.today(), GroupBy.DIRECTIVE).stream()
                .collect(Collectors.toMap(TaskStatsService.Row::key, TaskStatsService.Row::stats));
        model.addAttribute("ward", ward);
        model.addAttribute("directives", directives.list(wardCode));
        model.addAttribute("lights", lights);
        model.addAttribute("types", DirectiveType.values());
        model.addAttribute("canEdit", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return "task/directives";
    }

    @PostMapping("/wards/{wardCode}/directives")
    String create(@PathVariable String wardCode, @Valid DirectiveForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        Directive[] created = new Directive[1];
        forms.attemptAndRedirect(errors, () -> created[0] = directives.create(wardCode, form), redirect,
                "directive.created", form.number());
        return created[0] == null ? "redirect:/wards/" + wardCode + "/directives"
                : "redirect:/directives/" + created[0].id();
    }

    @GetMapping("/directives/{directiveId}")
    String detail(@PathVariable long directiveId, Model model) {
        Directive directive = directives.get(directiveId);
        Ward ward = wards.get(directive.wardCode());
        Map<Long, Directive> register = directives.list(ward.code()).stream()
                .collect(Collectors.toMap(Directive::id, Function.identity()));
        model.addAttribute("ward", ward);
        model.addAttribute("directive", directive);
        model.addAttribute("register", register);
        model.addAttribute("files", directives.files(directiveId));
        model.addAttribute("tasks", tasks.list(ward.code(), WardTime.today(),
                new TaskService.Filter(directiveId, null, null, null, null, null)));
        model.addAttribute("stats", stats.ward(ward.code(), WardTime.today(),
                new TaskStatsService.Scope(directiveId, null, null)));
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("canEdit", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return "task/directive";
    }

    @PostMapping("/directives/{directiveId}/files")
    String attach(@PathVariable long directiveId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
            forms.attemptAndRedirect(new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "file"),
                    () -> directives.attach(directiveId, file == null ? null : file.getOriginalFilename(), content),
                    redirect, "directive.file-kept");
        }
        return "redirect:/directives/" + directiveId;
    }

    @PostMapping("/directives/{directiveId}/tasks")
    String assign(@PathVariable long directiveId, @Valid TaskForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> tasks.assignByDirective(directiveId, form), redirect,
                "task.assigned", form.code());
        return "redirect:/directives/" + directiveId;
    }

    /** A kept file, for those who may read its ward. */
    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId) {
        var file = directives.download(attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.info().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.info().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
