package vn.ward57.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ward57.common.web.AskedPeriod;
import vn.ward57.common.Echo;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.Messages;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.dossier.IndexEntryForm;
import vn.ward57.dossier.ServiceIndexEntries;
import vn.ward57.dossier.ServiceIndexService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The 766 page of a ward: the six parts with formulas, inputs and what-ifs; the officer's entries. */
@Controller
class ServiceIndexPageController {

    private static final String PAGE = "dossier/service-index";

    private final WardService wards;
    private final ServiceIndexService index;
    private final ServiceIndexEntries entries;
    private final Messages messages;

    ServiceIndexPageController(WardService wards, ServiceIndexService index, ServiceIndexEntries entries,
                               Messages messages) {
        this.wards = wards;
        this.index = index;
        this.entries = entries;
        this.messages = messages;
    }

    /** The page, or its fragment for htmx; this year to today unless asked otherwise. */
    @GetMapping("/wards/{wardCode}/service-index")
    String page(@PathVariable String wardCode,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(name = "period", required = false) String periodCode,
                Model model, HttpServletRequest request) {
        AskedPeriod asked = AskedPeriod.of(from, to, periodCode);
        Ward ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        asked.addTo(model);
        model.addAttribute("index", index.ward(wardCode, new Period(asked.from(), asked.to(), null, null)));
        model.addAttribute("canEnter", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return Htmx.view(request, PAGE, "index");
    }

    /** An entry of a component the ward's records cannot give (delete: remove it). */
    @PostMapping("/wards/{wardCode}/service-index/entries")
    String entry(@PathVariable String wardCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam String component, @RequestParam(required = false) String score,
                 @RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean delete,
                 Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Period period = new Period(from, to, null, null);
        return change(wardCode, from, to, delete ? "index766.entry-deleted" : "index766.entry-saved", () -> {
            if (delete) {
                entries.removeEntry(wardCode, component, period);
            } else {
                entries.enter(wardCode, component, period, new IndexEntryForm(number(score), source));
            }
        }, model, request, redirect);
    }

    /** The portal's published score of a component or of the whole (component TOTAL). */
    @PostMapping("/wards/{wardCode}/service-index/published")
    String published(@PathVariable String wardCode, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam String component, @RequestParam(required = false) String score,
                     @RequestParam(required = false) String source, @RequestParam(defaultValue = "false") boolean delete,
                     Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Period period = new Period(from, to, null, null);
        return change(wardCode, from, to, delete ? "index766.published-deleted" : "index766.published-saved", () -> {
            if (delete) {
                entries.removePublished(wardCode, component, period);
            } else {
                entries.publish(wardCode, component, period, new IndexEntryForm(number(score), source));
            }
        }, model, request, redirect);
    }

    /** Runs the change; htmx gets the fragment with the outcome, a plain post a redirect to the page. */
    private String change(String wardCode, LocalDate from, LocalDate to, String doneKey, Runnable change, Model model,
                          HttpServletRequest request, RedirectAttributes redirect) {
        String flash = null;
        String error = null;
        try {
            change.run();
            flash = messages.get(doneKey);
        } catch (Ward57Exception e) {
            error = messages.get(e);
        }
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute(flash == null ? "flashError" : "flash", flash == null ? error : flash);
            return "redirect:" + UriComponentsBuilder.fromPath("/wards/{w}/service-index")
                    .queryParam("from", from).queryParam("to", to).buildAndExpand(wardCode).toUriString();
        }
        model.addAttribute(flash == null ? "flashError" : "flash", flash == null ? error : flash);
        return page(wardCode, from, to, null, model, request);
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
