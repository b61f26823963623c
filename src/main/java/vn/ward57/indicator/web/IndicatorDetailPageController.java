package vn.ward57.indicator.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.WardTime;
import vn.ward57.indicator.IndicatorDetail;
import vn.ward57.indicator.IndicatorPage;
import vn.ward57.indicator.IndicatorStatuses;
import vn.ward57.org.Ward;

/** One indicator: its values over time against the target path, its status and why, its notes, rules and units. */
@Controller
class IndicatorDetailPageController {

    private final IndicatorDetail detail;
    private final JsonMapper json;

    IndicatorDetailPageController(IndicatorDetail detail, JsonMapper json) {
        this.detail = detail;
        this.json = json;
    }

    /** As of a period like the indicators page (by default the last month that has ended), read by all who read the ward. */
    @GetMapping("/wards/{wardCode}/indicators/{indicatorCode}")
    String indicator(Ward ward, @PathVariable String indicatorCode, @RequestParam(required = false) String period,
                     Model model) {
        String asked = period == null || period.isBlank() ? IndicatorStatuses.lastEndedMonth(WardTime.today()) : period;
        IndicatorPage page = detail.of(ward, indicatorCode, asked);
        model.addAttribute("ward", ward);
        model.addAttribute("asked", asked);
        model.addAttribute("p", page);
        // the chart's data for static/js/indicator.js, in a data attribute (no inline script under the CSP)
        model.addAttribute("chartData", json.writeValueAsString(page.chart()));
        model.addAttribute("recordsLink", page.figure() == null ? null
                : RecordsLink.of(ward.code(), page.figure(), page.period()));
        return "indicator/indicator";
    }
}
