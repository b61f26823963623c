package vn.ward57.indicator.web;

import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.Messages;
import vn.ward57.indicator.FormCompleteness;
import vn.ward57.indicator.Indicator;
import vn.ward57.indicator.IndicatorService;
import vn.ward57.indicator.IndicatorTargetEntry;
import vn.ward57.indicator.IndicatorStatuses;
import vn.ward57.indicator.ValidationService;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The indicators of a period against their targets, the forms owed, and the rules broken. */
@Controller
class IndicatorPageController {

    private final WardAccess access;
    private final IndicatorService indicators;
    private final IndicatorStatuses statuses;
    private final FormCompleteness completeness;
    private final ValidationService validation;
    private final Messages messages;
    private final IndicatorTargetEntry targets;
    private final OrgLookup org;

    IndicatorPageController(WardAccess access, IndicatorService indicators, IndicatorStatuses statuses,
                            FormCompleteness completeness, ValidationService validation, Messages messages,
                            IndicatorTargetEntry targets, OrgLookup org) {
        this.targets = targets;
        this.org = org;
        this.access = access;
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
    String indicators(Ward ward, @RequestParam(required = false) String period, Model model) {
        // a period typed in words ("Quý IV/2026") is kept as its code: the picker and the links carry codes
        String asked = period == null || period.isBlank() ? IndicatorStatuses.lastEndedMonth(WardTime.today())
                : ReportingPeriod.parseCalendar(period).code();
        var catalogue = indicators.list(ward);
        model.addAttribute("ward", ward);
        model.addAttribute("period", asked);
        model.addAttribute("count", statuses.count(ward, asked));
        model.addAttribute("rows", statuses.judged(ward, asked));
        model.addAttribute("catalogue", catalogue);
        // the figure behind each computed indicator, so its value names the catalogue's figure it shows
        model.addAttribute("metrics", catalogue.stream().filter(i -> i.metric() != null)
                .collect(java.util.stream.Collectors.toMap(Indicator::code, Indicator::metric)));
        model.addAttribute("notAdopted", indicators.notAdopted(ward));
        model.addAttribute("canManage", access.canManage(ward));
        return "indicator/indicators";
    }

    @PostMapping("/wards/{wardCode}/indicator-catalogue")
    String adopt(Ward ward, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.get("indicators.adopted", indicators.adoptCatalogue(ward)));
        return "redirect:/wards/" + ward.code() + "/indicators";
    }

    /** Sets an indicator's target of a year, with the baseline its line to the target starts from. */
    @PostMapping("/wards/{wardCode}/indicator-targets")
    String target(Ward ward, @RequestParam("indicator") String indicatorCode,
                  @RequestParam(required = false) Integer year, @RequestParam(required = false) java.math.BigDecimal target,
                  @RequestParam(required = false) java.math.BigDecimal baseline,
                  @RequestParam(required = false) Integer baselineYear, RedirectAttributes redirect) {
        try {
            if (year == null) {
                throw new vn.ward57.common.error.InvalidInputException("indicator.year-required", "year");
            }
            targets.put(ward, indicatorCode, year,
                    new IndicatorService.TargetForm(target, baseline, baselineYear, null), null);
            // the year as text: MessageFormat would write 2.030
            redirect.addFlashAttribute("flash", messages.get("indicators.target-saved", indicatorCode,
                    String.valueOf(year)));
        } catch (vn.ward57.common.error.Ward57Exception e) {
            redirect.addFlashAttribute("flashError", indicatorCode + ": " + messages.get(e));
        }
        return "redirect:/wards/" + ward.code() + "/indicators";
    }

    /** The forms owed: this year's completeness per unit and the forms still due or overdue. */
    @GetMapping("/wards/{wardCode}/forms")
    String forms(Ward ward, @RequestParam(required = false) String period, Model model) {
        String year = period == null || period.isBlank() ? String.valueOf(WardTime.thisYear())
                : ReportingPeriod.parseCalendar(period).code();
        model.addAttribute("ward", ward);
        model.addAttribute("period", year);
        model.addAttribute("completeness", completeness.of(ward, year));
        model.addAttribute("unitNames", org.unitNames(ward.id()));
        model.addAttribute("due", completeness.due(ward));
        return "indicator/forms";
    }

    @GetMapping("/wards/{wardCode}/validation-violations")
    String violations(Ward ward, @RequestParam(required = false) String period, Model model) {
        String asked = period == null || period.isBlank() ? YearMonth.from(WardTime.today()).toString()
                : ReportingPeriod.parseCalendar(period).code();
        model.addAttribute("ward", ward);
        model.addAttribute("period", asked);
        model.addAttribute("violations", validation.violations(ward, asked));
        return "indicator/violations";
    }
}
