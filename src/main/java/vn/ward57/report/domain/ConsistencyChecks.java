package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import vn.ward57.report.Report;
import vn.ward57.report.CheckProblem;
import static vn.ward57.report.CheckProblem.Severity.HIGH;
import static vn.ward57.report.CheckProblem.Severity.LOW;
import static vn.ward57.report.CheckProblem.Severity.MEDIUM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ward57.check.KnownDocument;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.indicator.RuleWords;
import vn.ward57.indicator.ValidationService;
import vn.ward57.org.Ward;
import vn.ward57.report.ReportContent.Figure;

/**
 * The checks a report passes before it is FINAL (issue 8): the validation rules of its period, the
 * identities of the dossier and task figures, the budget, the appendices' totals, and the figures typed in
 * the text (NarrativeCheck: against the report's figures and against each other), and that the procedure
 * catalogue covers the dossiers.
 */
@Component
class ConsistencyChecks {

    private final ValidationService rules;
    private final RuleWords ruleWords;
    private final CatalogueCheck catalogue;

    ConsistencyChecks(ValidationService rules, RuleWords ruleWords, CatalogueCheck catalogue) {
        this.rules = rules;
        this.ruleWords = ruleWords;
        this.catalogue = catalogue;
    }

    /**
     * What the ward's data say now of a DRAFT: the validation rules of its period and the dossiers' procedure
     * codes. A FINAL report's were checked when it was finalised.
     */
    List<CheckProblem> checkData(Ward ward, Report report) {
        List<CheckProblem> problems = new ArrayList<>(ruleViolations(ward, report));
        problems.addAll(catalogue.unknownCodes(ward, report));
        return problems;
    }

    /** What the content says of itself. @param documents the ward's directive register, for the dates the text cites */
    List<CheckProblem> check(Report report, ReportContent content, List<KnownDocument> documents) {
        List<CheckProblem> problems = new ArrayList<>();
        Map<String, Figure> f = content.figures();
        problems.addAll(CatalogueCheck.emptyCatalogue(report, f));
        String dossiers = link(f, "dossier.received");
        identity(problems, "DOSSIER_IDENTITY", f, "dossier.received",
                List.of("dossier.resolved", "dossier.pending", "dossier.withdrawn"), dossiers);
        identity(problems, "DOSSIER_IDENTITY", f, "dossier.resolved",
                List.of("dossier.resolvedEarly", "dossier.resolvedOnTime", "dossier.resolvedLate"), dossiers);
        identity(problems, "DOSSIER_IDENTITY", f, "dossier.newlyReceived",
                List.of("dossier.newOnline", "dossier.newInPerson", "dossier.newPostal"), dossiers);
        identity(problems, "DOSSIER_IDENTITY", f, "dossier.pending",
                List.of("dossier.pendingWithinDeadline", "dossier.pendingOverdue"), dossiers);
        for (String key : List.of("dossier.pending", "dossier.pendingWithinDeadline")) {
            if (value(f, key) < 0) {
                problems.add(new CheckProblem("DOSSIER_IDENTITY", HIGH, "%s là số âm (%s): có hồ sơ bị tính hai lần."
                        .formatted(f.get(key).label(), f.get(key).text()), dossiers));
            }
        }
        identity(problems, "TASK_IDENTITY", f, "task.assigned",
                List.of("task.doneOnTime", "task.doneLate", "task.inProgress", "task.overdue"), link(f, "task.assigned"));
        budget(problems, f);
        problems.addAll(AppendixTotals.check(content.appendices()));
        problems.addAll(NarrativeCheck.check(report, content, documents));
        for (ReportContent.Section s : content.sections()) {
            for (String field : Narrative.fields(s.narrative())) {
                if (!f.containsKey(field)) {
                    problems.add(new CheckProblem("UNKNOWN_FIELD", LOW,
                            "Mục “%s” có trường số liệu “%s” không còn trong báo cáo; văn bản sẽ giữ chữ đã ghi."
                                    .formatted(s.heading(), field), null));
                }
            }
        }
        frame(problems, report, content);
        return problems;
    }

    private List<CheckProblem> ruleViolations(Ward ward, Report report) {
        List<CheckProblem> problems = new ArrayList<>();
        for (String period : rulePeriods(report.from(), report.to())) {
            for (ValidationService.Violation v : rules.violations(ward, period)) {
                problems.add(new CheckProblem("RULE", CheckProblem.Severity.valueOf(v.importance()),
                        "Quy tắc không thỏa mãn, %s: %s.".formatted(
                                VietnameseFormat.periodInText(ReportingPeriod.parse(period)),
                                ruleWords.of(v, VietnameseFormat.VIETNAMESE)),
                        "/wards/" + report.wardCode() + "/validation-violations?period=" + period));
            }
        }
        return problems;
    }

    /**
     * The catalogue periods whose rules a report answers for: the largest whole periods that tile it from
     * its first day (an 18-month review: 2025 and 2026S1), and the month of its last day, whose data are the
     * newest (a weekly bulletin has only that). Checking every month, quarter and half of a long period would
     * repeat the same rules dozens of times for the same data.
     */
    static Set<String> rulePeriods(LocalDate from, LocalDate to) {
        Set<String> codes = new LinkedHashSet<>();
        LocalDate cursor = from;
        List<ReportingPeriod.Kind> largestFirst = List.of(ReportingPeriod.Kind.YEAR, ReportingPeriod.Kind.HALF_YEAR,
                ReportingPeriod.Kind.QUARTER, ReportingPeriod.Kind.MONTH);
        while (!cursor.isAfter(to)) {
            ReportingPeriod chosen = null;
            for (ReportingPeriod.Kind type : largestFirst) {
                ReportingPeriod p = ReportingPeriod.containing(type, cursor);
                if (p.from().equals(cursor) && !p.to().isAfter(to)) {
                    chosen = p;
                    break;
                }
            }
            if (chosen == null) {
                break;
            }
            codes.add(chosen.code());
            cursor = chosen.to().plusDays(1);
        }
        codes.add(ReportingPeriod.containing(ReportingPeriod.Kind.MONTH, to).code());
        return codes;
    }

    private static void identity(List<CheckProblem> problems, String check, Map<String, Figure> f, String whole,
                                 List<String> parts, String link) {
        if (!f.containsKey(whole) || parts.stream().anyMatch(p -> !f.containsKey(p))) {
            return;
        }
        long sum = parts.stream().mapToLong(p -> value(f, p)).sum();
        if (sum != value(f, whole)) {
            problems.add(new CheckProblem(check, HIGH, "%s (%s) khác tổng %s (%s).".formatted(f.get(whole).label(),
                    f.get(whole).text(), String.join(" + ", parts.stream().map(p -> f.get(p).label() + " " + f.get(p).text())
                            .toList()), vn.ward57.common.VietnameseFormat.count(sum)), link));
        }
    }

    /** Each fiscal year of the period ("budget.2025.CDS.…"), or the plain keys of a report made before them. */
    private static void budget(List<CheckProblem> problems, Map<String, Figure> f) {
        List<String> years = f.keySet().stream().filter(k -> k.matches("budget\\.\\d{4}\\.TOTAL\\.disbursed"))
                .map(k -> k.substring(7, 11)).sorted().toList();
        for (String year : years.isEmpty() ? List.of("") : years) {
            String prefix = year.isEmpty() ? "budget." : "budget." + year + ".";
            for (String category : List.of("KHCN", "DMST", "CDS")) {
                Figure disbursed = f.get(prefix + category + ".disbursed");
                Figure adjusted = f.get(prefix + category + ".adjusted");
                if (disbursed != null && adjusted != null && disbursed.value().compareTo(adjusted.value()) > 0) {
                    problems.add(new CheckProblem("BUDGET", MEDIUM, "Kinh phí %s%s đã giải ngân (%s) vượt dự toán sau điều chỉnh (%s)."
                            .formatted(category, year.isEmpty() ? "" : " năm " + year, disbursed.text(), adjusted.text()),
                            disbursed.link()));
                }
            }
        }
    }

    private static void frame(List<CheckProblem> problems, Report report, ReportContent content) {
        if (report.signerName() == null || report.signerName().isBlank()) {
            problems.add(new CheckProblem("FRAME", MEDIUM, "Chưa có họ tên người ký.", null));
        }
        if (report.number() == null || report.number().isBlank()) {
            problems.add(new CheckProblem("FRAME", LOW, "Chưa có số văn bản (Văn thư sẽ ghi khi phát hành).", null));
        }
        if (report.recipients().isEmpty()) {
            problems.add(new CheckProblem("FRAME", MEDIUM, "Chưa có Nơi nhận.", null));
        }
        List<String> empty = content.sections().stream()
                .filter(s -> s.generated().isEmpty() && Outlines.of(report.kind(), report.to().getYear()).stream()
                        .anyMatch(spec -> spec.key().equals(s.key()) && spec.narrative()))
                .filter(s -> Narrative.text(s.narrative()).isBlank()).map(ReportContent.Section::heading).toList();
        if (!empty.isEmpty()) {
            problems.add(new CheckProblem("EMPTY_SECTION", LOW, "Các mục chưa có nội dung: " + String.join("; ", empty) + ".",
                    null));
        }
    }

    private static long value(Map<String, Figure> f, String key) {
        BigDecimal v = f.get(key).value();
        return v == null ? 0 : v.longValue();
    }

    private static String link(Map<String, Figure> f, String key) {
        Figure figure = f.get(key);
        return figure == null ? null : figure.link();
    }
}
