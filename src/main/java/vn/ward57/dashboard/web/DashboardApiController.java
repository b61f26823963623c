package vn.ward57.dashboard.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.dashboard.DashboardService;
import vn.ward57.dashboard.WardDashboard;

/** Every tile's figures as JSON, the same the page shows. */
@RestController
class DashboardApiController {

    private final DashboardService dashboard;

    DashboardApiController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/wards/{wardCode}/dashboard")
    WardDashboard ward(@PathVariable String wardCode) {
        return dashboard.ward(wardCode);
    }
}
