package vn.ward57.indicator.web;

import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Messages;
import vn.ward57.indicator.FormCompleteness;
import vn.ward57.indicator.IndicatorService;
import vn.ward57.indicator.IndicatorTargetEntry;
import vn.ward57.indicator.IndicatorStatuses;
import vn.ward57.indicator.ValidationService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The indicators of a period against their targets, the forms owed, and the rules broken. */
@Controller
class IndicatorPageController {

    private final WardService wards;
    private final IndicatorService indicators;
    private final IndicatorStatuses statuses;
    private final FormCompleteness completeness;
    private final ValidationService validation;
    private final Messages messages;
    private final IndicatorTargetEntry targets;

    IndicatorPageController(WardService wards, IndicatorService indicators, IndicatorStatuses statuses,
                            FormCompleteness completeness, ValidationService validation, Messages messages,
                            IndicatorTargetEntry targets) {
        this.targets = targets;
        this.wards = wards;
        this.indicators = indicators;
        this.statuses = statuses;
        this.completeness = completeness;
        this.validation = validation;
        this.messages = messages;
    }

    /**
     * The count of IndicatorStatuses as of a period (by default the last month that has ended, as on the
     * dashboard and the province view) and, under it, the indicators it counts in the periods it judges.
     */
    @GetMapping("/wards/{wardCode}/indicators")
    String indicators(@PathVariable String wardCode, @RequestParam(required = false) String period, Model model) {
        Ward ward = wards.get(wardCode);
        String asked = period == null || period.isBlank() ? IndicatorStatuses.lastEndedMonth(WardTime.today()) : period;
        model.addAttribute("ward", ward);
        model.addAttribute("period", asked);
        model.addAttribute("count", statuses.count(wardCode, asked));
        model.addAttribute("rows", statuses.judged(wardCode, asked));
        model.addAttribute("catalogue", indicators.list(wardCode));
        // the figure behind each computed indicator, so its value names the catalogue's figure it shows
        model.addAttribute("metrics", indicators.list(wardCode).stream().filter(i -> i.metric() != null)
                .collect(java.util.stream.Collectors.toMap(vn.ward57.indicator.Indicator::code,
                        vn.ward57.indicator.Indicator::metric)));
        model.addAttribute("notAdopted", indicators.notAdopted(wardCode));
        model.addAttribute("canManage", CurrentActor.get().canManageWard(ward.provinceCode(), ward.code()));
        return "indicator/indicators";
    }

    @PostMapping("/wards/{wardCode}/indicator-catalogue")
    String adopt(@PathVariable String wardCode, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.get("indicators.adopted", indicators.adoptCatalogue(wardCode)));
        return "redirect:/wards/" + wardCode + "/indicators";
    }

    /** Sets an indicator's target of a year, with the baseline its line to the target starts from. */
    @PostMapping("/wards/{wardCode}/indicator-targets")
    String target(@PathVariable String wardCode, @RequestParam("indicator") String indicatorCode,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) java.math.BigDecimal target,
                  @RequestParam(required = false) java.math.BigDecimal baseline,
                  @RequestParam(required = false) Integer baselineYear, RedirectAttributes redirect) {
        try {
            if (year == null) {
                throw new vn.ward57.common.error.InvalidInputException("indicator.year-required", "year");
            }
            targets.put(wardCode, indicatorCode, year,
                    new IndicatorService.TargetForm(target, baseline, baselineYear, null), null);
            // the year as text: MessageFormat would write 2.030
            redirect.addFlashAttribute("flash", messages.get("indicators.target-saved", indicatorCode,
                    String.valueOf(year)));
        } catch (vn.ward57.common.error.Ward57Exception e) {
            redirect.addFlashAttribute("flashError", indicatorCode + ": " + messages.get(e));
        }
        return "redirect:/wards/" + wardCode + "/indicators";
    }

    /** The forms owed: this year's completeness per unit and the forms still due or overdue. */
    @GetMapping("/wards/{wardCode}/forms")
    String forms(@PathVariable String wardCode, @RequestParam(required = false) String period, Model model) {
        String year = period == null || period.isBlank() ? String.valueOf(WardTime.thisYear()) : period;
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("period", year);
        model.addAttribute("completeness", completeness.of(wardCode, year));
        model.addAttribute("due", completeness.due(wardCode));
        return "indicator/forms";
    }

    @GetMapping("/wards/{wardCode}/validation-violations")
    String violations(@PathVariable String wardCode, @RequestParam(required = false) String period, Model model) {
        String asked = period == null || period.isBlank() ? YearMonth.from(WardTime.today()).toString() : period;
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("period", asked);
        model.addAttribute("violations", validation.violations(wardCode, asked));
        return "indicator/violations";
    }
}
