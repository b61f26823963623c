package vn.ward57.report;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.WardService;
import vn.ward57.report.domain.ReportRepository;

/**
 * A report's content now (DRAFT) or as it was sent (FINAL). Finalising stores the content as JSON, so a
 * FINAL report reads back exactly what was signed even after its data changed.
 */
@Component
class ReportSnapshots {

    static final int MAX_REASON = 2000;

    private final ReportRepository reports;
    private final WardService wards;
    private final ReportAssembler assembler;
    private final ConsistencyChecks checks;
    private final WardDocuments documents;
    private final JsonMapper json;

    ReportSnapshots(ReportRepository reports, WardService wards, ReportAssembler assembler, ConsistencyChecks checks,
                    WardDocuments documents, JsonMapper json) {
        this.reports = reports;
        this.wards = wards;
        this.assembler = assembler;
        this.checks = checks;
        this.documents = documents;
        this.json = json;
    }

    ReportContent live(Report report) {
        return assembler.content(report, wards.get(report.wardCode()), reports.sections(report.id()));
    }

    ReportContent content(long id) {
        return json.readValue(reports.snapshot(id).orElseThrow(), ReportContent.class);
    }

    List<CheckProblem> checks(Report report) {
        var register = documents.of(report.wardCode());
        return report.isFinal() ? checks.check(report, content(report.id()), false, register)
                : checks.check(report, live(report), true, register);
    }

    /** Refused over a HIGH problem; over MEDIUM or LOW ones only with the leader's reason, which is kept. */
    void finalise(Report report, String reason) {
        ReportContent content = live(report);
        List<CheckProblem> problems = checks.check(report, content, true, documents.of(report.wardCode()));
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
