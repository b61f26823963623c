package vn.ward57.dashboard.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.dashboard.domain.DashboardService;
import vn.ward57.dashboard.WardDashboard;
import vn.ward57.org.Ward;

/** Every tile's figures as JSON, the same the page shows. */
@RestController
class DashboardApiController {

    private final DashboardService dashboard;

    DashboardApiController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/wards/{wardCode}/dashboard")
    WardDashboard ward(Ward ward) {
        return dashboard.ward(ward);
    }
}
