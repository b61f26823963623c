package vn.ward57.report.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.org.Ward;
import vn.ward57.report.CheckProblem;
import vn.ward57.report.NarrativeFix;
import vn.ward57.report.domain.NarrativeFixes;
import vn.ward57.report.Report;
import vn.ward57.report.ReportContent;
import vn.ward57.report.domain.ReportService;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Báo cáo", description = "The ward's periodic reports (issue 8): drafted from the data, narrative edited, "
        + "checked for consistency (a typed number replaced by the system's figure in one call), FINAL with a snapshot")
class ReportApiController {

    private final ReportService reports;
    private final NarrativeFixes fixes;

    ReportApiController(ReportService reports, NarrativeFixes fixes) {
        this.reports = reports;
        this.fixes = fixes;
    }

    /** Body of a section: the editor's HTML. */
    record SectionText(String html) {
    }

    /** Body of finalising: the leader's reason when MEDIUM/LOW problems remain. */
    record Finalise(String reason) {
    }

    @PostMapping("/wards/{wardCode}/reports")
    ResponseEntity<Report> create(Ward ward, @RequestBody(required = false) ReportService.Draft draft) {
        Report report = reports.create(ward, draft);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(report);
    }

    @GetMapping("/wards/{wardCode}/reports")
    List<Report> list(Ward ward) {
        return reports.list(ward);
    }

    @GetMapping("/reports/{reportId}")
    Report get(@PathVariable long reportId) {
        return reports.get(reports.wardOf(reportId), reportId);
    }

    @PutMapping("/reports/{reportId}")
    Report update(@PathVariable long reportId, @RequestBody(required = false) Report.HeaderForm form) {
        return reports.updateHeader(reports.wardOf(reportId), reportId, form);
    }

    @DeleteMapping("/reports/{reportId}")
    ResponseEntity<Void> delete(@PathVariable long reportId) {
        reports.delete(reports.wardOf(reportId), reportId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/reports/{reportId}/sections")
    List<ReportService.EditableSection> sections(@PathVariable long reportId) {
        return reports.sections(reports.wardOf(reportId), reportId);
    }

    @PutMapping("/reports/{reportId}/sections/{sectionKey}")
    ReportService.EditableSection saveSection(@PathVariable long reportId, @PathVariable String sectionKey,
                                              @RequestBody(required = false) SectionText body) {
        return reports.saveSection(reports.wardOf(reportId), reportId, sectionKey, body == null ? null : body.html());
    }

    @GetMapping("/reports/{reportId}/figures")
    Map<String, ReportContent.Figure> figures(@PathVariable long reportId) {
        return reports.figures(reports.wardOf(reportId), reportId);
    }

    @GetMapping("/reports/{reportId}/content")
    ReportContent content(@PathVariable long reportId) {
        return reports.content(reports.wardOf(reportId), reportId);
    }

    @GetMapping("/reports/{reportId}/checks")
    List<CheckProblem> checks(@PathVariable long reportId) {
        return reports.checks(reports.wardOf(reportId), reportId);
    }

    /**
     * What "Thay bằng số liệu hệ thống" did: the section as it now reads, the number replaced and the figure
     * written, and the checks run again.
     */
    record FixResult(ReportService.EditableSection section, NarrativeFix replaced, List<CheckProblem> problems) {
    }

    /**
     * Replaces the typed number a problem's {@code fix} names (sent back as listed; its replacement is not read)
     * by the system's figure; 409 when the report is no longer a draft or the number is no longer at that place,
     * with nothing changed.
     */
    @PostMapping("/reports/{reportId}/checks/fix")
    FixResult fix(@PathVariable long reportId, @RequestBody(required = false) FixFields fix) {
        Ward ward = reports.wardOf(reportId);
        NarrativeFixes.Replaced replaced = fixes.replace(ward, reportId, fix == null ? null : fix.fix());
        return new FixResult(replaced.section(), replaced.fix(), reports.checks(ward, reportId));
    }

    @PostMapping("/reports/{reportId}/finalise")
    Report finalise(@PathVariable long reportId, @RequestBody(required = false) Finalise body) {
        return reports.finalise(reports.wardOf(reportId), reportId, body == null ? null : body.reason());
    }
}
