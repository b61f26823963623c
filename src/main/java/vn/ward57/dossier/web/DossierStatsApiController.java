package vn.ward57.dossier.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.dossier.DossierStats;
import vn.ward57.dossier.DossierStatsService.Period;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;

@RestController
@Tag(name = "Thống kê hồ sơ", description = "Dossier statistics of a period (issue 3 definitions)")
class DossierStatsApiController {

    private final DossierStatsService stats;

    DossierStatsApiController(DossierStatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/api/v1/wards/{wardCode}/dossier-stats")
    DossierStats ward(Ward ward,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String period,
                      @RequestParam(required = false) String field,
                      @RequestParam(required = false) String procedure) {
        return stats.ward(ward, Period.of(from, to, period, field, procedure));
    }

    @GetMapping("/api/v1/provinces/{provinceCode}/dossier-stats")
    DossierStats province(Province province,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String period,
                          @RequestParam(required = false) String field,
                          @RequestParam(required = false) String procedure) {
        return stats.province(province, Period.of(from, to, period, field, procedure));
    }

    /** The dossiers behind one figure of the period, 100 a page (figure: a field name of dossier-stats). */
    @GetMapping("/api/v1/wards/{wardCode}/dossiers")
    DossierStatsService.DossierList dossiers(
            Ward ward,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "received") String figure,
            @RequestParam(required = false) String field,
            @RequestParam(required = false) String procedure,
            @RequestParam(defaultValue = "0") int page) {
        return stats.dossiers(ward, new Period(from, to, field, procedure), figure, page);
    }
}
