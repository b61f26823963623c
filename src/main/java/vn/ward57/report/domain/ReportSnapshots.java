package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import vn.ward57.report.Report;
import vn.ward57.report.CheckProblem;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;

/**
 * A report's content now (DRAFT) or as it was sent (FINAL). Finalising stores the content as JSON, so a
 * FINAL report reads back exactly what was signed even after its data changed.
 */
@Component
class ReportSnapshots {

    static final int MAX_REASON = 2000;

    private final ReportRepository reports;
    private final ReportAssembler assembler;
    private final ConsistencyChecks checks;
    private final WardDocuments documents;
    private final JsonMapper json;

    ReportSnapshots(ReportRepository reports, ReportAssembler assembler, ConsistencyChecks checks,
                    WardDocuments documents, JsonMapper json) {
        this.reports = reports;
        this.assembler = assembler;
        this.checks = checks;
        this.documents = documents;
        this.json = json;
    }

    ReportContent live(Ward ward, Report report) {
        return assembler.content(ward, report, reports.sections(report.id()));
    }

    ReportContent content(long id) {
        return json.readValue(reports.snapshot(id).orElseThrow(), ReportContent.class);
    }

    List<CheckProblem> checks(Ward ward, Report report) {
        return report.isFinal() ? checks.check(report, content(report.id()), documents.of(ward))
                : draftChecks(ward, report, live(ward, report));
    }

    private List<CheckProblem> draftChecks(Ward ward, Report report, ReportContent content) {
        List<CheckProblem> problems = checks.checkData(ward, report);
        problems.addAll(checks.check(report, content, documents.of(ward)));
        return problems;
    }

    /** Refused over a HIGH problem; over MEDIUM or LOW ones only with the leader's reason, which is kept. */
    void finalise(Ward ward, Report report, String reason) {
        ReportContent content = live(ward, report);
        List<CheckProblem> problems = draftChecks(ward, report, content);
        long high = problems.stream().filter(p -> p.severity() == CheckProblem.Severity.HIGH).count();
        if (high > 0) {
            throw new ConflictException("report.final-blocked", "status", String.valueOf(high));
        }
        String why = reason == null ? "" : reason.strip();
        if (!problems.isEmpty() && why.isEmpty()) {
            throw new InvalidInputException("report.reason-required", "reason", String.valueOf(problems.size()));
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException("report.reason-too-long", "reason", String.valueOf(MAX_REASON));
        }
        if (!reports.finalise(report.id(), json.writeValueAsString(content), CurrentActor.name(),
                problems.isEmpty() ? null : why)) {
            throw new ConflictException("report.already-final", "status");
        }
    }
}
