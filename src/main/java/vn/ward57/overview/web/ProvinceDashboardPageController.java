package vn.ward57.overview.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.RevisionMemo;
import vn.ward57.common.web.FragmentRenderer;
import vn.ward57.overview.ProvinceDashboard;
import vn.ward57.overview.ProvinceOverview;

/**
 * The province view: the wards ranked in one sortable table and the province's charts. Its content
 * is the same for every admin of the province, so it is rendered once per revision of the province's
 * data and kept as HTML (a hundred rows cost more to render than everything else on the page).
 */
@Controller
class ProvinceDashboardPageController {

    private record ContentKey(String provinceCode, int year, Locale locale) {
    }

    private final ProvinceOverview overview;
    private final JsonMapper json;
    private final FragmentRenderer renderer;
    private final RevisionMemo<ContentKey, String> contentHtml = new RevisionMemo<>();

    ProvinceDashboardPageController(ProvinceOverview overview, JsonMapper json, FragmentRenderer renderer) {
        this.overview = overview;
        this.json = json;
        this.renderer = renderer;
    }

    @GetMapping("/provinces/{provinceCode}/dashboard")
    String dashboard(@PathVariable String provinceCode, @RequestParam(required = false) Integer year, Model model,
                     Locale locale, HttpServletRequest request, HttpServletResponse response) {
        ProvinceOverview.Current current = overview.current(provinceCode, year);
        ProvinceDashboard d = current.dashboard();
        model.addAttribute("d", d);
        model.addAttribute("contentHtml", contentHtml.get(new ContentKey(provinceCode, d.year(), locale),
                List.of(current.revision(), WardTime.today()), () -> {
                    model.addAttribute("chartData", chartData(d));
                    return renderer.render("overview/province :: content", model.asMap(), locale, request, response);
                }));
        return "overview/province";
    }

    private String chartData(ProvinceDashboard d) {
        // the charts' data, read by static/js/overview.js from a data attribute (no inline script under the CSP)
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("months", d.months().stream().map(m -> m.month().toString()).toList());
        chart.put("online", d.months().stream().map(ProvinceDashboard.MonthPoint::online).toList());
        chart.put("inPerson", d.months().stream().map(ProvinceDashboard.MonthPoint::inPerson).toList());
        chart.put("postal", d.months().stream().map(ProvinceDashboard.MonthPoint::postal).toList());
        chart.put("onTimeRate", d.months().stream().map(ProvinceDashboard.MonthPoint::onTimeRate).toList());
        return json.writeValueAsString(chart);
    }
}
