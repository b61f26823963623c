package vn.ward57.indicator.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.IfMatch;
import vn.ward57.indicator.Indicator;
import vn.ward57.indicator.IndicatorForm;
import vn.ward57.indicator.IndicatorService;
import vn.ward57.indicator.IndicatorTargetEntry;
import vn.ward57.indicator.IndicatorValueEntry;
import vn.ward57.indicator.IndicatorValueService;
import vn.ward57.indicator.IndicatorView;
import vn.ward57.org.Province;
import vn.ward57.org.Ward;

@RestController
@Tag(name = "Chỉ tiêu", description = "Indicator catalogue, targets, values per ISO period (2026-05, 2026Q2, "
        + "2026S1, 2026), status against the target and projection (issue 5)")
class IndicatorApiController {

    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final IndicatorValueEntry entry;
    private final IndicatorTargetEntry targets;

    IndicatorApiController(IndicatorService indicators, IndicatorValueService values, IndicatorValueEntry entry,
                           IndicatorTargetEntry targets) {
        this.targets = targets;
        this.indicators = indicators;
        this.values = values;
        this.entry = entry;
    }

    /** Every indicator for a period (default: this month), with value, target, status and projection. */
    @GetMapping("/api/v1/wards/{wardCode}/indicators")
    List<IndicatorView> indicators(Ward ward, @RequestParam(required = false) String period) {
        return values.all(ward, period == null ? java.time.YearMonth.from(WardTime.today()).toString() : period);
    }

    @PostMapping("/api/v1/wards/{wardCode}/indicators")
    ResponseEntity<Indicator> create(Ward ward, @Valid @RequestBody IndicatorForm form) {
        Indicator created = indicators.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/indicator-catalogue"))
                .body(created);
    }

    @GetMapping("/api/v1/wards/{wardCode}/indicator-catalogue")
    List<Indicator> catalogue(Ward ward) {
        return indicators.list(ward);
    }

    /** Adopts the preloaded catalogue (seed 001's appendix, Kế hoạch 02-KH/BCĐTW) with its targets. */
    @PostMapping("/api/v1/wards/{wardCode}/indicator-catalogue")
    Map<String, Integer> adopt(Ward ward) {
        return Map.of("added", indicators.adoptCatalogue(ward));
    }

    /** Pushes the preloaded catalogue and targets to every ward of the province. */
    @PostMapping("/api/v1/provinces/{provinceCode}/indicator-catalogue")
    Map<String, Integer> push(Province province) {
        return Map.of("added", indicators.adoptCatalogueInProvince(province));
    }

    /** The target of a year with its version as ETag (404 when none is set). */
    @GetMapping("/api/v1/wards/{wardCode}/indicators/{indicatorCode}/targets/{year}")
    ResponseEntity<IndicatorTargetEntry.Target> target(Ward ward, @PathVariable String indicatorCode,
                                                       @PathVariable int year) {
        IndicatorTargetEntry.Target target = targets.get(ward, indicatorCode, year);
        return ResponseEntity.ok().eTag(String.valueOf(target.version())).body(target);
    }

    /** With If-Match (the ETag of GET), a target changed since is refused (409). */
    @PutMapping("/api/v1/wards/{wardCode}/indicators/{indicatorCode}/targets/{year}")
    ResponseEntity<Void> target(Ward ward, @PathVariable String indicatorCode, @PathVariable int year,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                @RequestBody IndicatorService.TargetForm form) {
        IndicatorTargetEntry.Target saved = targets.put(ward, indicatorCode, year, form, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().eTag(String.valueOf(saved.version())).build();
    }

    record ValueForm(BigDecimal value, String comment, String explanation) {
    }

    /** The value entered, who entered it last and when; its version is the ETag (404 when none yet). */
    @GetMapping("/api/v1/wards/{wardCode}/indicator-values/{indicatorCode}/{period}")
    ResponseEntity<IndicatorValueEntry.Entered> value(Ward ward, @PathVariable String indicatorCode,
                                                      @PathVariable String period) {
        IndicatorValueEntry.Entered entered = entry.get(ward, indicatorCode, period);
        return ResponseEntity.ok().eTag(String.valueOf(entered.version())).body(entered);
    }

    /**
     * Issue 5's contract: refused with 409 when the period is locked. With If-Match (the ETag of GET), also
     * when the value changed since (409 with the current version, who changed it and when).
     */
    @PutMapping("/api/v1/wards/{wardCode}/indicator-values/{indicatorCode}/{period}")
    ResponseEntity<IndicatorView> put(Ward ward, @PathVariable String indicatorCode, @PathVariable String period,
                                      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                      @RequestBody(required = false) ValueForm form) {
        ValueForm f = form == null ? new ValueForm(null, null, null) : form;
        IndicatorValueEntry.Saved saved = entry.put(ward, indicatorCode, period, f.value(), f.comment(),
                f.explanation(), IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(saved.view());
    }

    @GetMapping("/api/v1/wards/{wardCode}/indicator-values/{indicatorCode}/{period}/history")
    List<IndicatorValueService.Change> history(Ward ward, @PathVariable String indicatorCode,
                                               @PathVariable String period) {
        return values.history(ward, indicatorCode, period);
    }

    /** Locks a period against entry (the ward's leaders). */
    @PostMapping("/api/v1/wards/{wardCode}/indicator-locks/{period}")
    ResponseEntity<Void> lock(Ward ward, @PathVariable String period) {
        values.lock(ward, period);
        return ResponseEntity.noContent().build();
    }
}
