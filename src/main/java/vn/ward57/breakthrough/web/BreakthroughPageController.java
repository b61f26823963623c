package vn.ward57.breakthrough.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.breakthrough.Breakthrough;
import vn.ward57.breakthrough.BreakthroughForm;
import vn.ward57.breakthrough.BreakthroughStatus;
import vn.ward57.breakthrough.domain.BreakthroughFileService;
import vn.ward57.breakthrough.domain.BreakthroughTable;
import vn.ward57.breakthrough.domain.Breakthroughs;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Query;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * The breakthrough models' pages: the list (search, status), a model with its links, its form; import, export.
 * The model's evidence files have their own controller ({@link BreakthroughFilePageController}).
 */
@Controller
@RequestMapping("/wards/{wardCode}/breakthroughs")
class BreakthroughPageController {

    private static final String PAGE = "breakthrough/breakthroughs";
    private static final String FORM = "breakthrough/breakthrough-form";

    private final WardAccess access;
    private final Breakthroughs models;
    private final BreakthroughTable table;
    private final BreakthroughFileService files;
    private final PageForms forms;

    BreakthroughPageController(WardAccess access, Breakthroughs models, BreakthroughTable table,
                               BreakthroughFileService files, PageForms forms) {
        this.access = access;
        this.models = models;
        this.table = table;
        this.files = files;
        this.forms = forms;
    }

    @GetMapping
    String list(Ward ward, @RequestParam(required = false) String status, @RequestParam(required = false) String q,
                Model model, HtmxRequest htmx) {
        fillList(ward, blank(status), blank(q), model);
        return htmx.isHtmxRequest() ? PAGE + " :: list" : PAGE;
    }

    @GetMapping("/{breakthroughId}")
    String detail(Ward ward, @PathVariable long breakthroughId, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("model", models.get(ward, breakthroughId));
        model.addAttribute("tasks", models.taskChoices(ward));
        model.addAttribute("indicators", models.indicatorChoices(ward));
        model.addAttribute("files", files.list(ward, breakthroughId));
        model.addAttribute("canEdit", access.canManage(ward));
        return "breakthrough/breakthrough";
    }

    /** The form pages are refused like their posts would be (a unit officer, a viewer get the 403 page). */
    @GetMapping("/new")
    String blank(Ward ward, Model model) {
        access.enterWardWide(ward);
        choices(ward, model);
        model.addAttribute("breakthroughForm", new BreakthroughForm(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, "RUNNING", null, List.of(), List.of()));
        return FORM;
    }

    @GetMapping("/{breakthroughId}/edit")
    String edit(Ward ward, @PathVariable long breakthroughId, Model model) {
        access.enterWardWide(ward);
        Breakthrough b = models.get(ward, breakthroughId);
        choices(ward, model);
        model.addAttribute("model", b);
        model.addAttribute("breakthroughForm", new BreakthroughForm(b.code(), b.title(), b.field(), b.problem(),
                b.solution(), b.mechanismsResources(), b.costAndTime(), b.costVnd(), b.quantifiedResult(), b.impact(),
                b.lessonsAndScaling(), b.risks(), b.headRole(), b.contactName(), b.contactPhone(), b.contactEmail(),
                b.startedOn(), b.status().name(), b.reportYear(), b.taskIds(), b.indicatorCodes()));
        return FORM;
    }

    @PostMapping
    String create(Ward ward, @ModelAttribute("breakthroughForm") BreakthroughForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        Optional<Breakthrough> saved = forms.save(errors, () -> models.create(ward, form));
        if (saved.isPresent()) {
            forms.flash(redirect, "breakthrough.created", saved.get().code());
            return "redirect:/wards/" + ward.code() + "/breakthroughs/" + saved.get().id();
        }
        choices(ward, model);
        return FORM;
    }

    @PostMapping("/{breakthroughId}")
    String update(Ward ward, @PathVariable long breakthroughId,
                  @ModelAttribute("breakthroughForm") BreakthroughForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Optional<Breakthrough> saved = forms.save(errors, () -> models.update(ward, breakthroughId, form));
        if (saved.isPresent()) {
            forms.flash(redirect, "breakthrough.updated", saved.get().code());
            return "redirect:/wards/" + ward.code() + "/breakthroughs/" + breakthroughId;
        }
        choices(ward, model);
        model.addAttribute("model", models.get(ward, breakthroughId));
        return FORM;
    }

    @PostMapping("/{breakthroughId}/delete")
    String delete(Ward ward, @PathVariable long breakthroughId, Model model, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Breakthrough deleted = models.delete(ward, breakthroughId);
        fillList(ward, null, null, model);
        return forms.respond(true, "breakthrough.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/breakthroughs", deleted.code());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(ward, blank(status), blank(q));
        return TableExport.download(format, data);
    }

    @PostMapping("/import")
    String importFile(Ward ward, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(ward, file), redirect);
        return "redirect:/wards/" + ward.code() + "/breakthroughs";
    }

    private void fillList(Ward ward, String status, String q, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("statuses", BreakthroughStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("models", models.list(ward, status, q));
        model.addAttribute("canEdit", access.canManage(ward));
        model.addAttribute("exportUrl", "/wards/" + ward.code() + "/breakthroughs/export" + Query.of("status", status,
                "q", q));
    }

    private void choices(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("statuses", BreakthroughStatus.values());
        model.addAttribute("tasks", models.taskChoices(ward));
        model.addAttribute("indicators", models.indicatorChoices(ward));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
