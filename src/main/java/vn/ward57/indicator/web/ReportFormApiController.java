package vn.ward57.indicator.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.WardTime;
import vn.ward57.indicator.FormCompleteness;
import vn.ward57.indicator.ReportForm;
import vn.ward57.indicator.ReportFormService;
import vn.ward57.indicator.ReportSchedules;
import vn.ward57.org.Ward;

@RestController
@Tag(name = "Báo cáo của đơn vị", description = "Each unit's report form of a period: submit, approve (locks), "
        + "return, reopen; completeness and forms due (issue 5)")
class ReportFormApiController {

    private final ReportFormService forms;
    private final FormCompleteness completeness;
    private final ReportSchedules schedules;

    ReportFormApiController(ReportFormService forms, FormCompleteness completeness, ReportSchedules schedules) {
        this.forms = forms;
        this.completeness = completeness;
        this.schedules = schedules;
    }

    @GetMapping("/api/v1/wards/{wardCode}/report-schedules")
    List<ReportSchedules.Schedule> schedules(Ward ward) {
        return schedules.list(ward);
    }

    record ScheduleForm(Integer dueDay, Integer closesAfterDays) {
    }

    /** The due day (of the month after the period) of a unit's reports of a period type, and when entry closes. */
    @PutMapping("/api/v1/wards/{wardCode}/report-schedules/{unitCode}/{periodType}")
    ReportSchedules.Schedule schedule(Ward ward, @PathVariable String unitCode,
                                      @PathVariable ReportingPeriod.Kind periodType,
                                      @RequestBody(required = false) ScheduleForm body) {
        ScheduleForm f = body == null ? new ScheduleForm(null, null) : body;
        return schedules.set(ward, unitCode, periodType, f.dueDay(), f.closesAfterDays());
    }

    /**
     * Per unit: forms expected by today within the period (default: this year), submitted, on time,
     * approved (issue 5's fields).
     */
    @GetMapping("/api/v1/wards/{wardCode}/form-completeness")
    List<ReportForm.Completeness> completeness(Ward ward, @RequestParam(required = false) String period) {
        return completeness.of(ward, period == null ? String.valueOf(WardTime.thisYear()) : period);
    }

    @GetMapping("/api/v1/wards/{wardCode}/forms-due")
    List<FormCompleteness.FormDue> due(Ward ward) {
        return completeness.due(ward);
    }

    @GetMapping("/api/v1/wards/{wardCode}/forms/{unitCode}/{period}")
    ReportForm form(Ward ward, @PathVariable String unitCode, @PathVariable String period) {
        return forms.form(ward, unitCode, period);
    }

    @PostMapping("/api/v1/wards/{wardCode}/forms/{unitCode}/{period}/submit")
    ReportForm submit(Ward ward, @PathVariable String unitCode, @PathVariable String period) {
        return forms.submit(ward, unitCode, period);
    }

    @PostMapping("/api/v1/wards/{wardCode}/forms/{unitCode}/{period}/approve")
    ReportForm approve(Ward ward, @PathVariable String unitCode, @PathVariable String period) {
        return forms.approve(ward, unitCode, period);
    }

    record Message(String message) {
    }

    @PostMapping("/api/v1/wards/{wardCode}/forms/{unitCode}/{period}/return")
    ReportForm sendBack(Ward ward, @PathVariable String unitCode, @PathVariable String period,
                        @RequestBody(required = false) Message body) {
        return forms.sendBack(ward, unitCode, period, body == null ? null : body.message());
    }

    @PostMapping("/api/v1/wards/{wardCode}/forms/{unitCode}/{period}/reopen")
    ReportForm reopen(Ward ward, @PathVariable String unitCode, @PathVariable String period,
                      @RequestBody(required = false) Message body) {
        return forms.reopen(ward, unitCode, period, body == null ? null : body.message());
    }
}
