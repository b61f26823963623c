package vn.ward57.report.domain;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ward57.dossier.DossierStats;
import vn.ward57.dossier.DossierStatsService;
import vn.ward57.dossier.ProcedureCounts;
import vn.ward57.dossier.ProcedureService;
import vn.ward57.feedback.FeedbackStats;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.org.Ward;
import vn.ward57.task.DirectionCounts;
import vn.ward57.task.DirectionFigures;
import vn.ward57.task.TaskStats;
import vn.ward57.task.TaskStatsService;

/**
 * The figures of the ward's operations in a period, from the statistics services the API serves (so a
 * report states exactly what {@code /api/v1/.../dossier-stats}, {@code task-stats} and {@code feedback-stats} say).
 */
@Component
class OperationFigures {

    /** Nghị quyết 57-NQ/TW was issued on this day: "lũy kế" counts from it. */
    static final LocalDate RESOLUTION_57 = LocalDate.of(2024, 12, 22);

    private final DossierStatsService dossiers;
    private final ProcedureService procedures;
    private final TaskStatsService tasks;
    private final DirectionFigures direction;
    private final FeedbackStatsService feedback;

    OperationFigures(DossierStatsService dossiers, ProcedureService procedures, TaskStatsService tasks,
                     DirectionFigures direction, FeedbackStatsService feedback) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.tasks = tasks;
        this.direction = direction;
        this.feedback = feedback;
    }

    void collect(FigureSet f, Ward ward, LocalDate from, LocalDate to) {
        String period = "?from=" + from + "&to=" + to;
        DossierStats d = dossiers.ward(ward, new DossierStatsService.Period(from, to, null, null));
        String page = "/dossiers" + period;
        f.count("dossier.received", "Hồ sơ tiếp nhận", d.received(), page)
                .count("dossier.carriedOver", "Hồ sơ kỳ trước chuyển sang", d.carriedOver(), page)
                .count("dossier.newlyReceived", "Hồ sơ tiếp nhận mới", d.newlyReceived(), page)
                .count("dossier.newOnline", "Hồ sơ tiếp nhận trực tuyến", d.newOnline(), page)
                .count("dossier.newInPerson", "Hồ sơ tiếp nhận trực tiếp", d.newInPerson(), page)
                .count("dossier.newPostal", "Hồ sơ tiếp nhận qua BCCI", d.newPostal(), page)
                .count("dossier.newOffline", "Hồ sơ trực tiếp và hình thức khác", d.newInPerson() + d.newPostal(), page)
                .count("dossier.resolved", "Hồ sơ đã giải quyết", d.resolved(), page)
                .count("dossier.resolvedEarly", "Hồ sơ giải quyết trước hạn", d.resolvedEarly(), page)
                .count("dossier.resolvedOnTime", "Hồ sơ giải quyết đúng hạn", d.resolvedOnTime(), page)
                .count("dossier.resolvedLate", "Hồ sơ giải quyết quá hạn", d.resolvedLate(), page)
                .count("dossier.withdrawn", "Hồ sơ rút", d.withdrawn(), page)
                .count("dossier.pending", "Hồ sơ đang giải quyết", d.pending(), page)
                .count("dossier.pendingWithinDeadline", "Hồ sơ đang giải quyết trong hạn", d.pendingWithinDeadline(), page)
                .count("dossier.pendingOverdue", "Hồ sơ đang giải quyết quá hạn", d.pendingOverdue(), page)
                .rate("dossier.onlineRate", "Tỷ lệ hồ sơ trực tuyến", d.onlineRate(), page)
                .rate("dossier.onTimeRate", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", d.onTimeRate(), page)
                .rate("dossier.digitisedInputRate", "Tỷ lệ số hóa hồ sơ đầu vào", d.digitisedInputRate(), page)
                .rate("dossier.digitisedResultRate", "Tỷ lệ cấp kết quả điện tử", d.digitisedResultRate(), page)
                .rate("dossier.onlinePaymentRate", "Tỷ lệ thanh toán trực tuyến", d.onlinePaymentRate(), page);
        DossierStats since = dossiers.ward(ward, new DossierStatsService.Period(RESOLUTION_57, to, null, null));
        String sincePage = "/dossiers?from=" + RESOLUTION_57 + "&to=" + to;
        f.count("dossier.cumulative.newOnline", "Hồ sơ trực tuyến lũy kế từ 22/12/2024", since.newOnline(), sincePage)
                .count("dossier.cumulative.newOffline", "Hồ sơ trực tiếp và hình thức khác lũy kế từ 22/12/2024",
                        since.newInPerson() + since.newPostal(), sincePage);

        ProcedureCounts p = procedures.counts(ward);
        f.count("procedure.total", "Số thủ tục hành chính", p.total(), "/procedures")
                .count("procedure.ward", "Thủ tục cấp xã", p.ward(), "/procedures")
                .count("procedure.province", "Thủ tục cấp tỉnh", p.province(), "/procedures")
                .count("procedure.central", "Thủ tục cấp Trung ương", p.central(), "/procedures")
                .count("procedure.full", "Dịch vụ công trực tuyến toàn trình", p.full(), "/procedures")
                .count("procedure.partial", "Dịch vụ công trực tuyến một phần", p.partial(), "/procedures")
                .count("procedure.online", "Dịch vụ công trực tuyến", p.full() + p.partial(), "/procedures")
                .count("procedure.nonResidence", "Thủ tục phi địa giới", p.nonResidence(), "/procedures");
        for (var level : procedures.byLevel(ward)) {
            String k = "procedure." + level.level().toLowerCase();
            String name = switch (level.level()) {
                case "CENTRAL" -> "cấp Trung ương";
                case "PROVINCE" -> "cấp tỉnh";
                default -> "cấp xã";
            };
            f.count(k + ".full", "DVCTT toàn trình " + name, level.full(), "/procedures")
                    .count(k + ".partial", "DVCTT một phần " + name, level.partial(), "/procedures");
        }

        TaskStats t = tasks.ward(ward, to, TaskStatsService.Scope.all());
        String taskPage = "/tasks?asOf=" + to;
        f.count("task.assigned", "Nhiệm vụ được giao", t.assigned(), taskPage)
                .count("task.done", "Nhiệm vụ đã hoàn thành", t.doneOnTime() + t.doneLate(), taskPage)
                .count("task.doneOnTime", "Nhiệm vụ hoàn thành trong hạn", t.doneOnTime(), taskPage)
                .count("task.doneLate", "Nhiệm vụ hoàn thành quá hạn", t.doneLate(), taskPage)
                .count("task.inProgress", "Nhiệm vụ đang thực hiện trong hạn", t.inProgressWithinDeadline(), taskPage)
                .count("task.overdue", "Nhiệm vụ quá hạn chưa hoàn thành", t.overdueNotDone(), taskPage)
                .rate("task.completionRate", "Tỷ lệ hoàn thành nhiệm vụ", t.completionRate(), taskPage);

        DirectionCounts c = direction.counts(ward, from, to);
        f.count("direction.documentsByHead", "Văn bản người đứng đầu trực tiếp ký", c.documentsByHead(), "/directives")
                .count("direction.documentsByDeputy", "Văn bản cấp phó người đứng đầu ký", c.documentsByDeputy(), "/directives")
                .count("direction.documents", "Văn bản chỉ đạo, điều hành đã ban hành",
                        c.documentsByHead() + c.documentsByDeputy(), "/directives")
                .count("direction.meetingsByHead", "Cuộc họp người đứng đầu chủ trì", c.meetingsByHead(), "/meetings")
                .count("direction.meetingsByDeputy", "Cuộc họp cấp phó người đứng đầu chủ trì", c.meetingsByDeputy(), "/meetings")
                .count("direction.meetings", "Phiên họp, cuộc họp", c.meetingsByHead() + c.meetingsByDeputy(), "/meetings");

        // the Resolution-57 area's categories only (KHCN, ĐMST, CĐS), not every complaint (issue 20)
        FeedbackStats fb = feedback.nq57AreaStats(ward, from, to);
        String fbPage = "/feedback";
        f.count("feedback.received", "PAKN, SKGP đã nhận được", fb.received(), fbPage)
                .count("feedback.resolved", "PAKN, SKGP đã giải quyết", fb.resolved(), fbPage)
                .count("feedback.resolvedOnTime", "PAKN giải quyết đúng hạn", fb.resolvedOnTime(), fbPage)
                .count("feedback.backlog", "PAKN, SKGP tồn đọng, chưa giải quyết", fb.backlog(), fbPage)
                .count("feedback.overdue", "PAKN quá hạn", fb.overdue(), fbPage)
                .rate("feedback.onTimeRate", "Tỷ lệ PAKN giải quyết đúng hạn", fb.onTimeRate(), fbPage);
    }
}
