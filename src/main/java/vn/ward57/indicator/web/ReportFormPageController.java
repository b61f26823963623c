package vn.ward57.indicator.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;
import vn.ward57.common.web.PeriodNames;
import vn.ward57.indicator.IndicatorValueEntry;
import vn.ward57.indicator.IndicatorValueService;
import vn.ward57.indicator.ReportForm;
import vn.ward57.indicator.ReportFormService;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * A unit's report form on one page: each value saves as the officer leaves its field (htmx) and the
 * form comes back with its statuses and the rules it breaks; then submit, and the leader's decision.
 */
@Controller
class ReportFormPageController {

    /** A page that lists more would not open on an office PC; the API's history has them all. */
    private static final int CHANGES_LISTED = 1000;

    private final WardAccess access;
    private final ReportFormService forms;
    private final IndicatorValueEntry values;
    private final IndicatorValueService history;
    private final Messages messages;
    private final OrgLookup org;
    private final PeriodNames periodNames;

    ReportFormPageController(WardAccess access, ReportFormService forms, IndicatorValueEntry values,
                             IndicatorValueService history, Messages messages, OrgLookup org,
                             PeriodNames periodNames) {
        this.history = history;
        this.org = org;
        this.periodNames = periodNames;
        this.access = access;
        this.forms = forms;
        this.values = values;
        this.messages = messages;
    }

    @GetMapping("/wards/{wardCode}/forms/{unitCode}/{period}")
    String form(Ward ward, @PathVariable String unitCode, @PathVariable String period, Model model,
                HtmxRequest htmx) {
        model.addAttribute("ward", ward);
        ReportForm form = forms.form(ward, unitCode, period);
        model.addAttribute("form", form);
        model.addAttribute("periodName", periodNames.of(form.period()));  // the title's words: a fragment's parameters call no bean
        model.addAttribute("unitName", org.unit(ward.id(), unitCode).map(vn.ward57.org.Unit::name).orElse(unitCode));
        model.addAttribute("canEnter", access.canEditUnit(ward, unitCode));
        model.addAttribute("canDecide", access.canDirect(ward));
        return htmx.isHtmxRequest() ? "indicator/form :: form" : "indicator/form";
    }

    /**
     * Saves one value of the form (a draft); an error comes back in the form's flash area. version: the
     * value's as the form showed it, so a value someone else changed meanwhile is not overwritten blind.
     */
    @PostMapping("/wards/{wardCode}/forms/{unitCode}/{period}/values/{indicatorCode}")
    String save(Ward ward, @PathVariable String unitCode, @PathVariable String period,
                @PathVariable String indicatorCode, @RequestParam(required = false) String value,
                @RequestParam(required = false) String comment, @RequestParam(required = false) String explanation,
                @RequestParam(required = false) Long version, Model model, HtmxRequest htmx) {
        try {
            values.put(ward, indicatorCode, period, number(value), comment, explanation, version);
            model.addAttribute("flash", messages.get("form.value-saved", indicatorCode));
        } catch (Ward57Exception e) {
            model.addAttribute("flashError", indicatorCode + ": " + messages.get(e));
        }
        return form(ward, unitCode, period, model, htmx);
    }

    /** The changes of one value of the form, oldest first: a page, or (htmx) the list that replaces the form's newest few. */
    @GetMapping("/wards/{wardCode}/forms/{unitCode}/{period}/values/{indicatorCode}/changes")
    String changes(Ward ward, @PathVariable String unitCode, @PathVariable String period,
                   @PathVariable String indicatorCode, Model model, HtmxRequest htmx) {
        org.unit(ward.id(), unitCode).orElseThrow(() -> new NotFoundException("unit.not-found", null, unitCode,
                ward.name()));
        var changes = history.latestHistory(ward, indicatorCode, period, CHANGES_LISTED);
        model.addAttribute("changes", changes.changes());
        model.addAttribute("more", changes.more());
        model.addAttribute("listed", CHANGES_LISTED);
        model.addAttribute("ward", ward);
        model.addAttribute("unit", unitCode);
        model.addAttribute("period", period);
        model.addAttribute("code", indicatorCode);
        model.addAttribute("periodName", periodNames.of(period));
        return htmx.isHtmxRequest() ? "indicator/changes :: list" : "indicator/changes";
    }

    @PostMapping("/wards/{wardCode}/forms/{unitCode}/{period}/{step}")
    String step(Ward ward, @PathVariable String unitCode, @PathVariable String period,
                @PathVariable String step, @RequestParam(required = false) String message,
                RedirectAttributes redirect) {
        try {
            ReportForm form = switch (step) {
                case "submit" -> forms.submit(ward, unitCode, period);
                case "approve" -> forms.approve(ward, unitCode, period);
                case "return" -> forms.sendBack(ward, unitCode, period, message);
                case "reopen" -> forms.reopen(ward, unitCode, period, message);
                default -> throw new InvalidInputException("form.unknown-step", null, step);
            };
            redirect.addFlashAttribute("flash", messages.get("form.step." + form.status()));
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/wards/" + ward.code() + "/forms/" + unitCode + "/" + period;
    }

    /** A number as an officer types it: 12.456,7 or 247,5 (VietnameseFormat's one reading). */
    private static BigDecimal number(String text) {
        try {
            return VietnameseFormat.parseNumber(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("form.not-a-number", "value", vn.ward57.common.Echo.cut(text, 40));
        }
    }
}
