package vn.ward57.feedback.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.ward57.common.web.PageForms;
import vn.ward57.feedback.Feedback;
import vn.ward57.feedback.FeedbackChannel;
import vn.ward57.feedback.FeedbackFilter;
import vn.ward57.feedback.FeedbackForm;
import vn.ward57.feedback.domain.FeedbackService;
import vn.ward57.feedback.domain.FeedbackSteps;
import vn.ward57.feedback.FeedbackState;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.feedback.StateChange;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.common.web.Uploads;
import vn.ward57.common.web.Downloads;

/** The officers' pages: the list with filters, an item with its workflow, the intake form, the statistics. */
@Controller
@RequestMapping("/wards/{wardCode}")
class FeedbackPageController {

    private final WardAccess access;
    private final OrgLookup org;
    private final FeedbackService feedback;
    private final FeedbackStatsService stats;
    private final PageForms forms;
    private final FeedbackSteps steps;

    FeedbackPageController(WardAccess access, OrgLookup org, FeedbackService feedback, FeedbackStatsService stats,
                           PageForms forms, FeedbackSteps steps) {
        this.steps = steps;
        this.access = access;
        this.org = org;
        this.feedback = feedback;
        this.stats = stats;
        this.forms = forms;
    }

    @GetMapping("/feedback")
    String list(Ward ward, @ModelAttribute("filter") FeedbackFilter filter, Model model, HtmxRequest htmx) {
        choices(ward, model);
        model.addAttribute("items", feedback.list(ward, filter));
        model.addAttribute("canEdit", access.canEnterData(ward));
        return htmx.isHtmxRequest() ? "feedback/list :: list" : "feedback/list";
    }

    /** A unit officer's form starts with its unit, the only one it may take items in for. */
    @GetMapping("/feedback/new")
    String blank(Ward ward, Model model) {
        access.enterData(ward);
        choices(ward, model);
        model.addAttribute("feedbackForm", FeedbackForm.empty(access.ownUnit()));
        return "feedback/form";
    }

    @PostMapping("/feedback")
    String create(Ward ward, @ModelAttribute("feedbackForm") FeedbackForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        Optional<Feedback> saved = forms.save(errors, () -> feedback.create(ward, form));
        if (saved.isPresent()) {
            forms.flash(redirect, "feedback.created", saved.get().code());
            return "redirect:/wards/" + ward.code() + "/feedback/" + saved.get().id();
        }
        choices(ward, model);
        return "feedback/form";
    }

    /** The step, publishing and file forms show to those who may change this item (its unit's officers). */
    @GetMapping("/feedback/{feedbackId}")
    String detail(Ward ward, @PathVariable long feedbackId, Model model) {
        choices(ward, model);
        Feedback item = feedback.get(ward, feedbackId);
        model.addAttribute("item", item);
        model.addAttribute("history", feedback.history(ward, feedbackId));
        model.addAttribute("attachments", feedback.attachments(ward, feedbackId));
        model.addAttribute("canEdit", access.canEditUnit(ward, item.unitCode()));
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", new StateChange(null, null, null, null, null, null));
        }
        return "feedback/detail";
    }

    /** One workflow step from the item's page; a refusal comes back beside the form. */
    @PostMapping("/feedback/{feedbackId}/state")
    String changeState(Ward ward, @PathVariable long feedbackId,
                       @ModelAttribute("change") StateChange change, BindingResult errors,
                       @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        Optional<Feedback> saved = forms.save(errors, () -> steps.changeState(ward, feedbackId, change, version));
        if (saved.isPresent()) {
            forms.flash(redirect, "feedback.state-changed", saved.get().code(), saved.get().state().label());
            return "redirect:/wards/" + ward.code() + "/feedback/" + feedbackId;
        }
        model.addAttribute("version", version);  // the form comes back with what it was read at
        return detail(ward, feedbackId, model);
    }

    @PostMapping("/feedback/{feedbackId}/attachments")
    String attach(Ward ward, @PathVariable long feedbackId,
                  @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
                  RedirectAttributes redirect) {
        forms.importAndRedirect(() -> {
            try {
                feedback.attach(ward, feedbackId, Uploads.name(file),
                        file == null ? java.io.InputStream.nullInputStream() : file.getInputStream());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return 1;
        }, redirect, "feedback.attached");
        return "redirect:/wards/" + ward.code() + "/feedback/" + feedbackId;
    }

    /** The categories and their deadlines; leaders change them here. */
    @GetMapping("/feedback-categories")
    String categories(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("categories", feedback.categories(ward));
        model.addAttribute("canManage", access.canManage(ward));
        if (!model.containsAttribute("categoryForm")) {
            model.addAttribute("categoryForm", new vn.ward57.feedback.CategoryForm(null, null, 10, false));
        }
        return "feedback/categories";
    }

    @PostMapping("/feedback-categories")
    String saveCategory(Ward ward,
                        @ModelAttribute("categoryForm") vn.ward57.feedback.CategoryForm form, BindingResult errors,
                        Model model, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> feedback.saveCategory(ward, form))) {
            forms.flash(redirect, "feedback.category-saved", form.code());
            return "redirect:/wards/" + ward.code() + "/feedback-categories";
        }
        return categories(ward, model);
    }

    @GetMapping("/feedback/{feedbackId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> file(Ward ward, @PathVariable long feedbackId, @PathVariable long attachmentId) {
        var file = feedback.file(ward, feedbackId, attachmentId)
                .orElseThrow(() -> new NotFoundException("feedback.not-found", null, String.valueOf(feedbackId),
                        ward.name()));
        return Downloads.keptFile(file.fileName(), file.contentType()).body(file.content());
    }

    /** The period defaults to this year up to today. */
    @GetMapping("/feedback-stats")
    String stats(Ward ward,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 Model model) {
        LocalDate end = to == null ? WardTime.today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        model.addAttribute("ward", ward);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("stats", stats.stats(ward, start, end));
        model.addAttribute("byCategory", stats.byCategory(ward, start, end));
        model.addAttribute("repeated", stats.repeated(ward, start, end));
        model.addAttribute("longRunning", stats.longRunning(ward, end));
        return "feedback/stats";
    }

    private void choices(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("categories", feedback.categories(ward));
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("states", FeedbackState.values());
        model.addAttribute("channels", Arrays.stream(FeedbackChannel.values())
                .filter(c -> c != FeedbackChannel.PUBLIC_FORM).toList());
    }
}
