package vn.ward57.people.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.Ward;
import vn.ward57.people.Programme;
import vn.ward57.people.TargetGroup;
import vn.ward57.people.TrainingEvent;
import vn.ward57.people.TrainingEventForm;
import vn.ward57.people.TrainingFigures;
import vn.ward57.people.TrainingFormat;
import vn.ward57.people.domain.TrainingEventService;
import vn.ward57.people.domain.TrainingTable;
import vn.ward57.common.table.TableExport;

/**
 * The training register: the list with search, programme and date filters under the share of staff
 * trained, the form to record or change an event, deleting, import and export.
 */
@Controller
@RequestMapping("/wards/{wardCode}/training-events")
class TrainingEventPageController {

    private final TrainingPages pages;
    private final TrainingEventService events;
    private final TrainingFigures figures;
    private final TrainingTable table;
    private final PageForms forms;

    TrainingEventPageController(TrainingPages pages, TrainingEventService events, TrainingFigures figures,
                                TrainingTable table, PageForms forms) {
        this.pages = pages;
        this.events = events;
        this.figures = figures;
        this.table = table;
        this.forms = forms;
    }

    /**
     * The form is a record bound through its constructor; without this the binder would also try to
     * put each participants[GROUP] into the record's (unmodifiable) map afterwards.
     */
    @InitBinder("form")
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    /** The figures are as of asOf (today when not given); the year's training counts from 1 January. */
    @GetMapping
    String list(Ward ward,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Programme programme, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                Model model) {
        pages.ward(ward, model);
        LocalDate day = asOf == null ? WardTime.today() : asOf;
        var filter = new TrainingEventService.Filter(from, to, programme, q);
        model.addAttribute("filter", filter);
        model.addAttribute("events", events.list(ward, filter));
        model.addAttribute("asOf", day);
        model.addAttribute("trained", figures.staffTrained(ward, day));
        model.addAttribute("year", figures.training(ward, day.withDayOfYear(1), day));
        model.addAttribute("programmes", Programme.values());
        return "people/training-events";
    }

    @GetMapping("/new")
    String newEvent(Ward ward, Model model) {
        pages.form(ward, model);
        return form(model, new TrainingEventForm(null, null, null, TrainingFormat.IN_PERSON, null, null, null, null),
                null);
    }

    @PostMapping("/new")
    String create(Ward ward, @Valid @ModelAttribute("form") TrainingEventForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingEvent[] created = new TrainingEvent[1];
        if (forms.attempt(errors, () -> created[0] = events.create(ward, form))) {
            forms.flash(redirect, "training.created", form.title());
            return "redirect:/wards/" + ward.code() + "/training-events/" + created[0].id();
        }
        pages.ward(ward, model);
        return form(model, form, null);
    }

    @GetMapping("/{trainingEventId}/edit")
    String edit(Ward ward, @PathVariable long trainingEventId, Model model) {
        pages.form(ward, model);
        TrainingEvent e = events.get(ward, trainingEventId);
        model.addAttribute("version", e.version());
        return form(model, new TrainingEventForm(e.heldOn(), e.title(), e.organiser(), e.format(), e.programme(),
                e.certificatesIssued(), e.note(), e.participants()), e);
    }

    @PostMapping("/{trainingEventId}/edit")
    String update(Ward ward, @PathVariable long trainingEventId,
                  @Valid @ModelAttribute("form") TrainingEventForm form, BindingResult errors,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> events.update(ward, trainingEventId, form, version))) {
            forms.flash(redirect, "training.updated", form.title());
            return "redirect:/wards/" + ward.code() + "/training-events/" + trainingEventId;
        }
        pages.ward(ward, model);
        model.addAttribute("version", version);  // the form comes back with what it was read at
        return form(model, form, events.get(ward, trainingEventId));
    }

    @PostMapping("/{trainingEventId}/delete")
    String delete(Ward ward, @PathVariable long trainingEventId, RedirectAttributes redirect) {
        String title = events.get(ward, trainingEventId).title();
        events.delete(ward, trainingEventId, null);
        forms.flash(redirect, "training.deleted", title);
        return "redirect:/wards/" + ward.code() + "/training-events";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) Programme programme,
                                  @RequestParam(required = false) String q) {
        return TableExport.download(format,
                table.export(ward, new TrainingEventService.Filter(from, to, programme, q)));
    }

    @PostMapping("/import")
    String importFile(Ward ward, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(ward, file), redirect);
        return "redirect:/wards/" + ward.code() + "/training-events";
    }

    /** The form page (new when event is null); with recorded attendance the STAFF count is not typed. */
    private String form(Model model, TrainingEventForm form, TrainingEvent event) {
        model.addAttribute("form", form);
        model.addAttribute("event", event);
        model.addAttribute("formats", TrainingFormat.values());
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("staffFromAttendance", event != null && !event.attendeeIds().isEmpty());
        model.addAttribute("today", WardTime.today());
        return "people/training-event-form";
    }
}
