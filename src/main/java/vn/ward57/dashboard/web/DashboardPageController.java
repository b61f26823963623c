package vn.ward57.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.RevisionMemo;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.web.FragmentRenderer;
import vn.ward57.common.web.Htmx;
import vn.ward57.dashboard.DashboardCharts;
import vn.ward57.dashboard.DashboardService;
import vn.ward57.dashboard.WardDashboard;

/**
 * The dashboard page (also in wall mode for the OC room's screen) and, for htmx's refresh every
 * minute, one tile at a time; the charts' data as JSON for the page's script.
 */
@Controller
class DashboardPageController {

    /**
     * The tiles' and the charts' HTML is the same for every viewer of one scope, language and mode
     * (page or wall) while the data are unchanged.
     */
    private record PanelsKey(String wardCode, String scope, Locale locale, boolean wall) {
    }

    private final DashboardService dashboard;
    private final FragmentRenderer renderer;
    private final RevisionMemo<PanelsKey, String> panelsHtml = new RevisionMemo<>();

    DashboardPageController(DashboardService dashboard, FragmentRenderer renderer) {
        this.dashboard = dashboard;
        this.renderer = renderer;
    }

    /**
     * The page; an htmx request for a tile gets only that tile's fragment. The page's tiles and
     * charts are rendered once per revision of the ward's data and kept as HTML: rendering them is
     * most of the page's cost, and a screen in the OC room asks for them every minute.
     */
    @GetMapping({"/wards/{wardCode}/dashboard", "/wards/{wardCode}/dashboard/tiles/{tile}"})
    String page(@PathVariable String wardCode, @PathVariable(required = false) String tile,
                @RequestParam(required = false) String wall, Model model, Locale locale,
                HttpServletRequest request, HttpServletResponse response) {
        LocalDate today = WardTime.today();
        if (tile != null && !WardDashboard.TILES.contains(tile)) {
            throw new NotFoundException("dashboard.unknown-tile", "tile", tile);
        }
        DashboardService.Current current = dashboard.current(wardCode, today);
        WardDashboard d = current.dashboard();
        model.addAttribute("ward", current.ward());
        model.addAttribute("today", today);
        boolean wallMode = wall != null && !"0".equals(wall) && !"false".equals(wall);
        model.addAttribute("wall", wallMode);
        model.addAttribute("dossiers", d.dossiers());
        model.addAttribute("tasks", d.tasks());
        model.addAttribute("indicators", d.indicators());
        model.addAttribute("feedback", d.feedback());
        model.addAttribute("forms", d.forms());
        model.addAttribute("budget", d.budget());
        model.addAttribute("consistency", d.consistency());
        if (tile != null && Htmx.isHtmx(request)) {
            return "dashboard/dashboard :: tile-" + tile;
        }
        model.addAttribute("panelsHtml", panelsHtml.get(new PanelsKey(wardCode, current.scope(), locale, wallMode),
                List.of(current.revision(), today), () -> renderer.render("dashboard/dashboard :: panels", model.asMap(), locale,
                        request, response)));
        return "dashboard/dashboard";
    }

    @GetMapping("/wards/{wardCode}/dashboard/charts")
    @ResponseBody
    DashboardCharts.Charts charts(@PathVariable String wardCode) {
        return dashboard.charts(wardCode);
    }
}
