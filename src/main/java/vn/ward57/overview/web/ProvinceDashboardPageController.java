package vn.ward57.overview.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.NativeWebRequest;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.web.PageVersions;
import vn.ward57.common.web.PeriodNames;
import vn.ward57.org.Province;
import vn.ward57.overview.ProvinceDashboard;
import vn.ward57.overview.ProvinceOverview;

/**
 * The province view: the wards ranked in one sortable table and the province's charts. It changes only
 * with a write to one of its wards (or with the day): a browser that has the current one gets a 304.
 */
@Controller
class ProvinceDashboardPageController {

    private final ProvinceOverview overview;
    private final JsonMapper json;
    private final PageVersions pages;
    private final PeriodNames periodNames;

    ProvinceDashboardPageController(ProvinceOverview overview, JsonMapper json, PageVersions pages,
                                    PeriodNames periodNames) {
        this.overview = overview;
        this.json = json;
        this.pages = pages;
        this.periodNames = periodNames;
    }

    @GetMapping("/provinces/{provinceCode}/dashboard")
    String dashboard(Province province, @RequestParam(required = false) Integer year, Model model,
                     NativeWebRequest web) {
        ProvinceOverview.Version version = overview.version(province, year);
        if (pages.notModified(web, version)) {
            return null;
        }
        ProvinceDashboard d = overview.dashboard(version);
        int rankMax = d.scoreParts().stream().mapToInt(ProvinceDashboard.ScorePart::max).sum();
        model.addAttribute("d", d);
        model.addAttribute("rankMax", rankMax);
        model.addAttribute("rows", d.wards().stream().map(w -> ProvinceTableRow.of(w, rankMax)).toList());
        model.addAttribute("chartData", chartData(d));
        return "overview/province";
    }

    private String chartData(ProvinceDashboard d) {
        // the charts' data, read by static/js/overview.js from a data attribute (no inline script under the CSP)
        Map<String, Object> chart = new LinkedHashMap<>();
        // the axis names the months as the table does ("Tháng 1/2026")
        chart.put("months", d.months().stream().map(m -> periodNames.of(m.month())).toList());
        chart.put("online", d.months().stream().map(ProvinceDashboard.MonthPoint::online).toList());
        chart.put("inPerson", d.months().stream().map(ProvinceDashboard.MonthPoint::inPerson).toList());
        chart.put("postal", d.months().stream().map(ProvinceDashboard.MonthPoint::postal).toList());
        chart.put("onTimeRate", d.months().stream().map(ProvinceDashboard.MonthPoint::onTimeRate).toList());
        return json.writeValueAsString(chart);
    }
}
