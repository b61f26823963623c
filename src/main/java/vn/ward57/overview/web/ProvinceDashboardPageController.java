package vn.ward57.overview.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.overview.ProvinceDashboard;
import vn.ward57.overview.ProvinceOverview;

/** The province view: the wards ranked in one sortable table and the province's charts. */
@Controller
class ProvinceDashboardPageController {

    private final ProvinceOverview overview;
    private final JsonMapper json;

    ProvinceDashboardPageController(ProvinceOverview overview, JsonMapper json) {
        this.overview = overview;
        this.json = json;
    }

    @GetMapping("/provinces/{provinceCode}/dashboard")
    String dashboard(@PathVariable String provinceCode, @RequestParam(required = false) Integer year, Model model) {
        ProvinceDashboard d = overview.dashboard(provinceCode, year);
        model.addAttribute("d", d);
        // the charts' data, read by static/js/overview.js from a data attribute (no inline script under the CSP)
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", d.months().stream().map(m -> m.month().toString()).toList());
        chart.put("online", d.months().stream().map(ProvinceDashboard.MonthPoint::online).toList());
        chart.put("inPerson", d.months().stream().map(ProvinceDashboard.MonthPoint::inPerson).toList());
        chart.put("postal", d.months().stream().map(ProvinceDashboard.MonthPoint::postal).toList());
        chart.put("onTimeRate", d.months().stream().map(ProvinceDashboard.MonthPoint::onTimeRate).toList());
        model.addAttribute("chartData", json.writeValueAsString(chart));
        return "overview/province";
    }
}
