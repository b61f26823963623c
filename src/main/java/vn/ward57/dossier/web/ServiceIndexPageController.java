package vn.ward57.dossier.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ward57.common.web.AskedPeriod;
import vn.ward57.common.Echo;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.dossier.IndexEntryForm;
import vn.ward57.dossier.domain.ServiceIndexEntries;
import vn.ward57.dossier.ServiceIndexService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The 766 page of a ward: the six parts with formulas, inputs and what-ifs; the officer's entries. */
@Controller
class ServiceIndexPageController {

    private static final String PAGE = "dossier/service-index";

    private final WardAccess access;
    private final ServiceIndexService index;
    private final ServiceIndexEntries entries;
    private final Messages messages;

    ServiceIndexPageController(WardAccess access, ServiceIndexService index, ServiceIndexEntries entries,
                               Messages messages) {
        this.access = access;
        this.index = index;
        this.entries = entries;
        this.messages = messages;
    }

    /** The page, or its fragment for htmx; this year to today unless asked otherwise. */
    @GetMapping("/wards/{wardCode}/service-index")
    String page(Ward ward,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(name = "period", required = false) String periodCode,
                Model model, HtmxRequest htmx) {
        AskedPeriod asked = AskedPeriod.of(from, to, periodCode);
        model.addAttribute("ward", ward);
        asked.addTo(model);
        model.addAttribute("index", index.ward(ward, new Period(asked.from(), asked.to(), null, null)));
        model.addAttribute("canEnter", access.canManage(ward));   // enterWardWide's twin
        return htmx.isHtmxRequest() ? PAGE + " :: index" : PAGE;
    }

    /** An entry of a component the ward's records cannot give (delete: remove it). */
    @PostMapping("/wards/{wardCode}/service-index/entries")
    String entry(Ward ward, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam String component, @RequestParam(required = false) String score,
                 @RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean delete,
                 Model model, HtmxRequest htmx, RedirectAttributes redirect) {
        return change(ward, new Period(from, to, null, null), false, component, delete ? null
                : () -> new IndexEntryForm(number(score), source), model, htmx, redirect);
    }

    /** The portal's published score of a component or of the whole (component TOTAL). */
    @PostMapping("/wards/{wardCode}/service-index/published")
    String published(Ward ward, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam String component, @RequestParam(required = false) String score,
                     @RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean delete,
                     Model model, HtmxRequest htmx, RedirectAttributes redirect) {
        return change(ward, new Period(from, to, null, null), true, component, delete ? null
                : () -> new IndexEntryForm(number(score), source), model, htmx, redirect);
    }

    /**
     * Saves the entry or published score the form gives, or removes it (no form); the form is read inside, so
     * a score that is no number is said like any refusal. htmx gets the fragment with the outcome, a plain
     * post a redirect to the page; a refusal of access is the 403 page, not a message here.
     */
    private String change(Ward ward, Period period, boolean published, String component,
                          Supplier<IndexEntryForm> form, Model model, HtmxRequest htmx,
                          RedirectAttributes redirect) {
        String flash = null;
        String error = null;
        try {
            if (form == null && published) {
                entries.removePublished(ward, component, period);
            } else if (form == null) {
                entries.removeEntry(ward, component, period);
            } else if (published) {
                entries.publish(ward, component, period, form.get());
            } else {
                entries.enter(ward, component, period, form.get());
            }
            flash = messages.get("index766." + (published ? "published-" : "entry-")
                    + (form == null ? "deleted" : "saved"));
        } catch (Ward57Exception e) {
            error = messages.get(e);
        }
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute(flash == null ? "flashError" : "flash", flash == null ? error : flash);
            return "redirect:" + UriComponentsBuilder.fromPath("/wards/{w}/service-index")
                    .queryParam("from", period.from()).queryParam("to", period.to()).buildAndExpand(ward.code())
                    .toUriString();
        }
        model.addAttribute(flash == null ? "flashError" : "flash", flash == null ? error : flash);
        return page(ward, period.from(), period.to(), null, model, htmx);
    }

    /** A score as typed: "5,5" or "5.5"; blank is no score (the service says it is required). */
    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("index766.score-not-number", "score", Echo.cut(text, 20));
        }
    }
}
