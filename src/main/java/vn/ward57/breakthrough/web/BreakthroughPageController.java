package vn.ward57.breakthrough.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import vn.ward57.breakthrough.BreakthroughFileService;
import vn.ward57.breakthrough.BreakthroughForm;
import vn.ward57.breakthrough.BreakthroughService;
import vn.ward57.breakthrough.BreakthroughStatus;
import vn.ward57.breakthrough.BreakthroughTable;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Query;
import vn.ward57.org.WardService;

/** The breakthrough models' pages: the list (search, status), a model with its links, its form; import, export. */
@Controller
@RequestMapping("/wards/{wardCode}/breakthroughs")
class BreakthroughPageController {

    private static final String PAGE = "breakthrough/breakthroughs";
    private static final String FORM = "breakthrough/breakthrough-form";

    private final WardService wards;
    private final BreakthroughService models;
    private final BreakthroughTable table;
    private final BreakthroughFileService files;
    private final PageForms forms;
    private final Messages messages;

    BreakthroughPageController(WardService wards, BreakthroughService models, BreakthroughTable table,
                               BreakthroughFileService files, PageForms forms, Messages messages) {
        this.messages = messages;
        this.wards = wards;
        this.models = models;
        this.table = table;
        this.files = files;
        this.forms = forms;
    }

    @GetMapping
    String list(@PathVariable String wardCode, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, Model model, HttpServletRequest request) {
        fillList(wardCode, blank(status), blank(q), model);
        return Htmx.view(request, PAGE, "list");
    }

    @GetMapping("/{breakthroughId}")
    String detail(@PathVariable String wardCode, @PathVariable long breakthroughId, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("model", models.get(wardCode, breakthroughId));
        model.addAttribute("tasks", models.taskChoices(wardCode));
        model.addAttribute("indicators", models.indicatorChoices(wardCode));
        model.addAttribute("files", files.list(wardCode, breakthroughId));
        model.addAttribute("canEdit", models.canEdit(wardCode));
        return "breakthrough/breakthrough";
    }

    @PostMapping("/{breakthroughId}/files")
    String attach(@PathVariable String wardCode, @PathVariable long breakthroughId,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            var kept = files.attach(wardCode, breakthroughId, file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : file.getInputStream());
            forms.flash(redirect, "breakthrough.file-attached", kept.fileName());
        } catch (vn.ward57.common.error.Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "redirect:/wards/" + wardCode + "/breakthroughs/" + breakthroughId;
    }

    @GetMapping("/{breakthroughId}/files/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable String wardCode, @PathVariable long breakthroughId,
                                    @PathVariable long evidenceId) {
        return BreakthroughFileApiController.send(files.download(wardCode, breakthroughId, evidenceId));
    }

    @PostMapping("/{breakthroughId}/files/{evidenceId}/delete")
    String deleteFile(@PathVariable String wardCode, @PathVariable long breakthroughId,
                      @PathVariable long evidenceId, RedirectAttributes redirect) {
        var deleted = files.delete(wardCode, breakthroughId, evidenceId);
        forms.flash(redirect, "breakthrough.file-deleted", deleted.fileName());
        return "redirect:/wards/" + wardCode + "/breakthroughs/" + breakthroughId;
    }

    @GetMapping("/new")
    String blank(@PathVariable String wardCode, Model model) {
        writable(wardCode);
        choices(wardCode, model);
        model.addAttribute("breakthroughForm", new BreakthroughForm(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, "RUNNING", null, List.of(), List.of()));
        return FORM;
    }

    @GetMapping("/{breakthroughId}/edit")
    String edit(@PathVariable String wardCode, @PathVariable long breakthroughId, Model model) {
        writable(wardCode);
        choices(wardCode, model);
        Breakthrough b = models.get(wardCode, breakthroughId);
        model.addAttribute("model", b);
        model.addAttribute("breakthroughForm", new BreakthroughForm(b.code(), b.title(), b.field(), b.problem(),
                b.solution(), b.mechanismsResources(), b.costAndTime(), b.costVnd(), b.quantifiedResult(), b.impact(),
                b.lessonsAndScaling(), b.risks(), b.headRole(), b.contactName(), b.contactPhone(), b.contactEmail(),
                b.startedOn(), b.status().name(), b.reportYear(), b.taskIds(), b.indicatorCodes()));
        return FORM;
    }

    @PostMapping
    String create(@PathVariable String wardCode, @ModelAttribute("breakthroughForm") BreakthroughForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Breakthrough[] saved = new Breakthrough[1];
        if (forms.attempt(errors, () -> saved[0] = models.create(wardCode, form))) {
            forms.flash(redirect, "breakthrough.created", saved[0].code());
            return "redirect:/wards/" + wardCode + "/breakthroughs/" + saved[0].id();
        }
        choices(wardCode, model);
        return FORM;
    }

    @PostMapping("/{breakthroughId}")
    String update(@PathVariable String wardCode, @PathVariable long breakthroughId,
                  @ModelAttribute("breakthroughForm") BreakthroughForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Breakthrough[] saved = new Breakthrough[1];
        if (forms.attempt(errors, () -> saved[0] = models.update(wardCode, breakthroughId, form))) {
            forms.flash(redirect, "breakthrough.updated", saved[0].code());
            return "redirect:/wards/" + wardCode + "/breakthroughs/" + breakthroughId;
        }
        choices(wardCode, model);
        model.addAttribute("model", models.get(wardCode, breakthroughId));
        return FORM;
    }

    @PostMapping("/{breakthroughId}/delete")
    String delete(@PathVariable String wardCode, @PathVariable long breakthroughId, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        Breakthrough deleted = models.delete(wardCode, breakthroughId);
        fillList(wardCode, null, null, model);
        return forms.respond(true, "breakthrough.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/breakthroughs", deleted.code());
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String wardCode, @RequestParam(defaultValue = "xlsx") String format,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(wardCode, blank(status), blank(q));
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }

    @PostMapping("/import")
    String importFile(@PathVariable String wardCode, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(wardCode, file), redirect);
        return "redirect:/wards/" + wardCode + "/breakthroughs";
    }

    private void fillList(String wardCode, String status, String q, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("statuses", BreakthroughStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("models", models.list(wardCode, status, q));
        model.addAttribute("canEdit", models.canEdit(wardCode));
        model.addAttribute("exportUrl", "/wards/" + wardCode + "/breakthroughs/export" + Query.of("status", status,
                "q", q));
    }

    private void choices(String wardCode, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("statuses", BreakthroughStatus.values());
        model.addAttribute("tasks", models.taskChoices(wardCode));
        model.addAttribute("indicators", models.indicatorChoices(wardCode));
    }

    private void writable(String wardCode) {
        if (!models.canEdit(wardCode)) {
            throw new AccessDeniedException("access.ward-read-only");
        }
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
