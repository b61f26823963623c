package vn.ward57.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.PageForms;
import vn.ward57.feedback.Feedback;
import vn.ward57.feedback.FeedbackChannel;
import vn.ward57.feedback.FeedbackFilter;
import vn.ward57.feedback.FeedbackForm;
import vn.ward57.feedback.FeedbackService;
import vn.ward57.feedback.FeedbackSteps;
import vn.ward57.feedback.FeedbackState;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.feedback.StateChange;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.WardService;

/** The officers' pages: the list with filters, an item with its workflow, the intake form, the statistics. */
@Controller
@RequestMapping("/wards/{wardCode}")
class FeedbackPageController {

    private final WardService wards;
    private final OrgLookup org;
    private final FeedbackService feedback;
    private final FeedbackStatsService stats;
    private final PageForms forms;
    private final FeedbackSteps steps;

    FeedbackPageController(WardService wards, OrgLookup org, FeedbackService feedback, FeedbackStatsService stats,
                           PageForms forms, FeedbackSteps steps) {
        this.steps = steps;
        this.wards = wards;
        this.org = org;
        this.feedback = feedback;
        this.stats = stats;
        this.forms = forms;
    }

    @GetMapping("/feedback")
    String list(@PathVariable String wardCode, @ModelAttribute("filter") FeedbackFilter filter, Model model,
                HttpServletRequest request) {
        choices(wardCode, model);
        model.addAttribute("items", feedback.list(wardCode, filter));
        model.addAttribute("canEdit", feedback.canEdit(wardCode));
        return Htmx.view(request, "feedback/list", "list");
    }

    @GetMapping("/feedback/new")
    String blank(@PathVariable String wardCode, Model model) {
        choices(wardCode, model);
        model.addAttribute("feedbackForm", FeedbackForm.empty());
        return "feedback/form";
    }

    @PostMapping("/feedback")
    String create(@PathVariable String wardCode, @ModelAttribute("feedbackForm") FeedbackForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Feedback[] saved = new Feedback[1];
        if (forms.attempt(errors, () -> saved[0] = feedback.create(wardCode, form))) {
            forms.flash(redirect, "feedback.created", saved[0].code());
            return "redirect:/wards/" + wardCode + "/feedback/" + saved[0].id();
        }
        choices(wardCode, model);
        return "feedback/form";
    }

    @GetMapping("/feedback/{feedbackId}")
    String detail(@PathVariable String wardCode, @PathVariable long feedbackId, Model model) {
        choices(wardCode, model);
        Feedback item = feedback.get(wardCode, feedbackId);
        model.addAttribute("item", item);
        model.addAttribute("history", feedback.history(wardCode, feedbackId));
        model.addAttribute("attachments", feedback.attachments(wardCode, feedbackId));
        model.addAttribute("canEdit", feedback.canEdit(wardCode));
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", new StateChange(null, null, null, null, null, null));
        }
        return "feedback/detail";
    }

    /** One workflow step from the item's page; a refusal comes back beside the form. */
    @PostMapping("/feedback/{feedbackId}/state")
    String changeState(@PathVariable String wardCode, @PathVariable long feedbackId,
                       @ModelAttribute("change") StateChange change, BindingResult errors,
                       @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        Feedback[] saved = new Feedback[1];
        if (forms.attempt(errors, () -> saved[0] = steps.changeState(wardCode, feedbackId, change, version))) {
            forms.flash(redirect, "feedback.state-changed", saved[0].code(), saved[0].state().label());
            return "redirect:/wards/" + wardCode + "/feedback/" + feedbackId;
        }
        model.addAttribute("version", version);  // the form comes back with what it was read at
        return detail(wardCode, feedbackId, model);
    }

    @PostMapping("/feedback/{feedbackId}/attachments")
    String attach(@PathVariable String wardCode, @PathVariable long feedbackId,
                  @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
                  RedirectAttributes redirect) {
        forms.importAndRedirect(() -> {
            try {
                feedback.attach(wardCode, feedbackId, file == null ? null : file.getOriginalFilename(),
                        file == null ? java.io.InputStream.nullInputStream() : file.getInputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return 1;
        }, redirect, "feedback.attached");
        return "redirect:/wards/" + wardCode + "/feedback/" + feedbackId;
    }

    /** The categories and their deadlines; leaders change them here. */
    @GetMapping("/feedback-categories")
    String categories(@PathVariable String wardCode, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("categories", feedback.categories(wardCode));
        model.addAttribute("canManage", feedback.canManage(wardCode));
        if (!model.containsAttribute("categoryForm")) {
            model.addAttribute("categoryForm", new vn.ward57.feedback.CategoryForm(null, null, 10, false));
        }
        return "feedback/categories";
    }

    @PostMapping("/feedback-categories")
    String saveCategory(@PathVariable String wardCode,
                        @ModelAttribute("categoryForm") vn.ward57.feedback.CategoryForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> feedback.saveCategory(wardCode, form))) {
            forms.flash(redirect, "feedback.category-saved", form.code());
            return "redirect:/wards/" + wardCode + "/feedback-categories";
        }
        return categories(wardCode, model);
    }

    @GetMapping("/feedback/{feedbackId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> file(@PathVariable String wardCode, @PathVariable long feedbackId,
                                @PathVariable long attachmentId) {
        var file = feedback.file(wardCode, feedbackId, attachmentId)
                .orElseThrow(() -> new NotFoundException("feedback.not-found", null, String.valueOf(feedbackId),
                        wardCode));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    /** The period defaults to this year up to today. */
    @GetMapping("/feedback-stats")
    String stats(@PathVariable String wardCode,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 Model model) {
        LocalDate end = to == null ? WardTime.today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("stats", stats.stats(wardCode, start, end));
        model.addAttribute("byCategory", stats.byCategory(wardCode, start, end));
        model.addAttribute("repeated", stats.repeated(wardCode, start, end));
        model.addAttribute("longRunning", stats.longRunning(wardCode, end));
        return "feedback/stats";
    }

    private void choices(String wardCode, Model model) {
        var ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("categories", feedback.categories(wardCode));
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("states", FeedbackState.values());
        model.addAttribute("channels", Arrays.stream(FeedbackChannel.values())
                .filter(c -> c != FeedbackChannel.PUBLIC_FORM).toList());
    }
}
