package vn.ward57.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ward57.common.WardTime;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.web.Htmx;
import vn.ward57.dashboard.DashboardCharts;
import vn.ward57.dashboard.DashboardService;
import vn.ward57.dashboard.WardDashboard;
import vn.ward57.org.WardService;

/**
 * The dashboard page (also in wall mode for the OC room's screen) and, for htmx's refresh every
 * minute, one tile at a time; the charts' data as JSON for the page's script.
 */
@Controller
class DashboardPageController {

    private final WardService wards;
    private final DashboardService dashboard;

    DashboardPageController(WardService wards, DashboardService dashboard) {
        this.wards = wards;
        this.dashboard = dashboard;
    }

    /** The page; an htmx request for a tile gets only that tile's fragment. */
    @GetMapping({"/wards/{wardCode}/dashboard", "/wards/{wardCode}/dashboard/tiles/{tile}"})
    String page(@PathVariable String wardCode, @PathVariable(required = false) String tile,
                @RequestParam(required = false) String wall, Model model, HttpServletRequest request) {
        var ward = wards.get(wardCode);
        LocalDate today = WardTime.today();
        model.addAttribute("ward", ward);
        model.addAttribute("today", today);
        model.addAttribute("wall", wall != null && !"0".equals(wall) && !"false".equals(wall));
        if (tile != null && !WardDashboard.TILES.contains(tile)) {
            throw new NotFoundException("dashboard.unknown-tile", "tile", tile);
        }
        WardDashboard d = dashboard.ward(wardCode, today);
        model.addAttribute("dossiers", d.dossiers());
        model.addAttribute("tasks", d.tasks());
        model.addAttribute("indicators", d.indicators());
        model.addAttribute("feedback", d.feedback());
        model.addAttribute("forms", d.forms());
        model.addAttribute("budget", d.budget());
        model.addAttribute("consistency", d.consistency());
        return tile != null && Htmx.isHtmx(request) ? "dashboard/dashboard :: tile-" + tile : "dashboard/dashboard";
    }

    @GetMapping("/wards/{wardCode}/dashboard/charts")
    @ResponseBody
    DashboardCharts.Charts charts(@PathVariable String wardCode) {
        return dashboard.charts(wardCode);
    }
}
