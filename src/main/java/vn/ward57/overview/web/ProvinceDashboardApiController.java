package vn.ward57.overview.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.org.Province;
import vn.ward57.overview.ProvinceDashboard;
import vn.ward57.overview.ProvinceOverview;

/** The province view as JSON, for the province's admins. */
@RestController
class ProvinceDashboardApiController {

    private final ProvinceOverview overview;

    ProvinceDashboardApiController(ProvinceOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/v1/provinces/{provinceCode}/dashboard")
    ProvinceDashboard dashboard(Province province, @RequestParam(required = false) Integer year) {
        return overview.dashboard(province, year);
    }
}
