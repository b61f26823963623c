package vn.ward57.dashboard.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.NativeWebRequest;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.web.PageVersions;
import vn.ward57.common.web.PeriodNames;
import vn.ward57.dashboard.domain.DashboardCharts;
import vn.ward57.dashboard.domain.DashboardService;
import vn.ward57.dashboard.WardDashboard;
import vn.ward57.org.Ward;

/**
 * The dashboard page (also in wall mode for the OC room's screen) and, for htmx's refresh every
 * minute, one tile at a time; the charts' data as JSON for the page's script. All of them change only
 * with a write to the ward (or with the day): a browser that has the current one gets a 304.
 */
@Controller
class DashboardPageController {

    private final DashboardService dashboard;
    private final PageVersions pages;
    private final PeriodNames periodNames;

    DashboardPageController(DashboardService dashboard, PageVersions pages, PeriodNames periodNames) {
        this.dashboard = dashboard;
        this.pages = pages;
        this.periodNames = periodNames;
    }

    /** The page; an htmx request for a tile gets only that tile's fragment. */
    @GetMapping({"/wards/{wardCode}/dashboard", "/wards/{wardCode}/dashboard/tiles/{tile}"})
    String page(Ward ward, @PathVariable(required = false) String tile,
                @RequestParam(required = false) String wall, Model model, HtmxRequest htmx, NativeWebRequest web) {
        if (tile != null && !WardDashboard.TILES.contains(tile)) {
            throw new NotFoundException("dashboard.unknown-tile", "tile", tile);
        }
        DashboardService.Version version = dashboard.version(ward);
        boolean wallMode = wall != null && !"0".equals(wall) && !"false".equals(wall);
        if (pages.notModified(web, version, wallMode, tile)) {
            return null;
        }
        WardDashboard d = dashboard.ward(version);
        model.addAttribute("ward", version.ward());
        model.addAttribute("today", version.today());
        model.addAttribute("wall", wallMode);
        model.addAttribute("dossiers", d.dossiers());
        model.addAttribute("tasks", d.tasks());
        model.addAttribute("indicators", d.indicators());
        model.addAttribute("feedback", d.feedback());
        model.addAttribute("forms", d.forms());
        model.addAttribute("budget", d.budget());
        model.addAttribute("consistency", d.consistency());
        if (tile != null && htmx.isHtmxRequest()) {
            return "dashboard/dashboard :: tile-" + tile;
        }
        return "dashboard/dashboard";
    }

    @GetMapping("/wards/{wardCode}/dashboard/charts")
    @ResponseBody
    DashboardCharts.Charts charts(Ward ward, NativeWebRequest web) {
        DashboardService.Version version = dashboard.version(ward);
        // the axes name the months and periods in the page's language: a change of language is another answer
        String language = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
        return pages.notModified(web, version, language) ? null : dashboard.charts(version).named(periodNames::of);
    }
}
