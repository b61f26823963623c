package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import vn.ward57.report.Report;
import vn.ward57.report.CheckProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ward57.report.ReportContent.Appendix;
import vn.ward57.report.ReportContent.Figure;
import vn.ward57.report.ReportContent.Row;
import vn.ward57.report.ReportContent.Section;

/**
 * Each check on figures built to break it (as a faulty import or a FINAL snapshot of a broken source would
 * give), and the same figures mended pass. No rules here: those come from the validation module (ReportFlowTest).
 */
class ConsistencyChecksTest {

    private final ConsistencyChecks checks = new ConsistencyChecks(null, null, null);
    private final Report report = new Report(1, "w", ReportKind.MONTHLY, LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 31), "12", "Ba Bể", null, "Tháng 5", null, List.of("Lưu: VT."),
            Report.SignerMode.KT, "Nguyễn Văn A", Report.Status.DRAFT, null, null, null, "canbo");

    /** 10 received = 6 resolved (2 early + 3 on time + 1 late) + 3 pending (2 + 1 overdue) + 1 withdrawn. */
    private Map<String, Figure> sound() {
        Map<String, Figure> f = new LinkedHashMap<>();
        put(f, "dossier.received", 10);
        put(f, "dossier.newlyReceived", 8);
        put(f, "dossier.newOnline", 5);
        put(f, "dossier.newInPerson", 2);
        put(f, "dossier.newPostal", 1);
        put(f, "dossier.resolved", 6);
        put(f, "dossier.resolvedEarly", 2);
        put(f, "dossier.resolvedOnTime", 3);
        put(f, "dossier.resolvedLate", 1);
        put(f, "dossier.pending", 3);
        put(f, "dossier.pendingWithinDeadline", 2);
        put(f, "dossier.pendingOverdue", 1);
        put(f, "dossier.withdrawn", 1);
        // 7 tasks = 3 on time + 1 late + 2 in progress + 1 overdue
        put(f, "task.assigned", 7);
        put(f, "task.doneOnTime", 3);
        put(f, "task.doneLate", 1);
        put(f, "task.inProgress", 2);
        put(f, "task.overdue", 1);
        put(f, "budget.CDS.adjusted", 100_000_000);
        put(f, "budget.CDS.disbursed", 100_000_000);
        return f;
    }

    @Test
    void soundFiguresPass() {
        assertThat(checks.check(report, content(sound(), List.of(), ""), List.of())).isEmpty();
    }

    @Test
    void aDossierCountedTwiceBreaksTheDossierIdentity() {
        Map<String, Figure> f = sound();
        put(f, "dossier.resolved", 7);  // 7 ≠ 2 + 3 + 1, and 10 ≠ 7 + 3 + 1
        assertThat(checks.check(report, content(f, List.of(), ""), List.of())).extracting(CheckProblem::check)
                .containsExactly("DOSSIER_IDENTITY", "DOSSIER_IDENTITY");
        f = sound();
        put(f, "dossier.pending", -1);
        put(f, "dossier.pendingWithinDeadline", -2);
        assertThat(checks.check(report, content(f, List.of(), ""), List.of()))
                .allMatch(p -> p.severity() == CheckProblem.Severity.HIGH)
                .extracting(CheckProblem::message).anyMatch(m -> m.contains("là số âm (-1)"));
    }

    @Test
    void aTaskInNoStateBreaksTheTaskIdentity() {
        Map<String, Figure> f = sound();
        put(f, "task.assigned", 8);  // 8 ≠ 3 + 1 + 2 + 1 = 7
        var problems = checks.check(report, content(f, List.of(), ""), List.of());
        assertThat(problems).extracting(CheckProblem::check).containsExactly("TASK_IDENTITY");
        assertThat(problems.getFirst().message()).contains("(8)").endsWith("(7).");
    }

    @Test
    void disbursedOverTheEstimateIsAMediumProblem() {
        Map<String, Figure> f = sound();
        put(f, "budget.CDS.disbursed", 120_000_000);
        assertThat(checks.check(report, content(f, List.of(), ""), List.of())).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(CheckProblem.Severity.MEDIUM))
                .satisfies(p -> assertThat(p.check()).isEqualTo("BUDGET"));
    }

    @Test
    void eachFiscalYearOfThePeriodIsCheckedOnItsOwn() {
        // an 18-month review: 2025 over its estimate, 2026 (also the plain keys) within it
        Map<String, Figure> f = sound();
        put(f, "budget.2025.CDS.adjusted", 50_000_000);
        put(f, "budget.2025.CDS.disbursed", 60_000_000);
        put(f, "budget.2025.TOTAL.disbursed", 60_000_000);
        put(f, "budget.2026.CDS.adjusted", 100_000_000);
        put(f, "budget.2026.CDS.disbursed", 100_000_000);
        put(f, "budget.2026.TOTAL.disbursed", 100_000_000);
        assertThat(checks.check(report, content(f, List.of(), ""), List.of())).singleElement()
                .satisfies(p -> assertThat(p.check()).isEqualTo("BUDGET"))
                .satisfies(p -> assertThat(p.message()).startsWith("Kinh phí CDS năm 2025 đã giải ngân (60.000.000)"));
    }

    @Test
    void anAppendixWhoseRowsDoNotAddUpToItsTotal() {
        // rows 2 + 3 = 5, the total row says 6 (the report's figure); the second column adds up
        Appendix a = new Appendix("II", "Phụ lục II", false, List.of("STT", "Nhóm", "Mới", "Đã giải quyết"),
                List.of(Row.of("1", "Đô thị", "2", "1"), Row.of("2", "Môi trường", "3", "1.000"),
                        new Row(List.of("", "Tổng cộng", "6", "1.001"), true)), null);
        assertThat(checks.check(report, content(sound(), List.of(a), ""), List.of())).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("cột “Mới” cộng các dòng được 5").contains("ghi 6"));
    }

    @Test
    void aFigureTypedInTheTextMustEqualTheReportsFigure() {
        var problems = checks.check(report, content(sound(), List.of(),
                "<p>Tổng số nhiệm vụ được giao: 9, trong đó 1.234 việc khác; có 3 Tổ công nghệ số cộng đồng.</p>"), List.of());
        assertThat(problems).extracting(CheckProblem::check).containsExactly("NARRATIVE_SYSTEM_MISMATCH");
        assertThat(problems.getFirst().message()).contains("là 9").contains("là 7");
        // the same number written right passes, and so does the figure inserted as a field
        assertThat(checks.check(report, content(sound(), List.of(), "<p>Tổng số nhiệm vụ được giao: 7.</p>"), List.of()))
                .isEmpty();
        assertThat(checks.check(report, content(sound(), List.of(),
                "<p>Tổng số nhiệm vụ được giao: <span data-field=\"task.assigned\">7</span>.</p>"), List.of())).isEmpty();
    }

    @Test
    void aTypedFigureIsFoundHoweverTheEditorWroteTheParagraph() {
        // a browser's editor writes bare text, <div>s or <br>s as often as <p>s
        for (String text : new String[] {"Tổng số nhiệm vụ được giao: 999", "<div>Tổng số nhiệm vụ được giao: 999</div>",
                "Mở đầu.<br>Tổng số nhiệm vụ được giao: 999", "<ul><li>Tổng số nhiệm vụ được giao: 999</li></ul>",
                "<div><p>Mở đầu.</p>Tổng số nhiệm vụ được giao: <b>999</b></div>"}) {
            assertThat(checks.check(report, content(sound(), List.of(), text), List.of())).as(text)
                    .extracting(CheckProblem::check).containsExactly("NARRATIVE_SYSTEM_MISMATCH");
        }
    }

    @Test
    void targetsMonthCountsAndDocumentNumbersInTheTextAreNoFigures() {
        // the old check took "100" from "100% …" and "5" from "trong 5 tháng"
        Map<String, Figure> f = sound();
        f.put("dossier.onTimeRate", new Figure("dossier.onTimeRate", "Tỷ lệ đúng hạn", new BigDecimal("83.33"), "83,33%", null));
        var problems = checks.check(report, content(f, List.of(), "<p>Phấn đấu 100% hồ sơ được giải quyết đúng hạn; "
                + "trong 5 tháng tới hoàn thành 2 nhiệm vụ của Kế hoạch số 70/KH-UBND ngày 18/9/2025.</p>"
                + "<ul><li>1. Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024.</li></ul>"), List.of());
        assertThat(problems).isEmpty();
        // stated as a result, the same 100% is a HIGH problem beside the report's 83,33%
        problems = checks.check(report, content(f, List.of(), "<p>Trong tháng, 100% hồ sơ được giải quyết đúng hạn.</p>"), List.of());
        assertThat(problems).extracting(CheckProblem::check).containsExactly("NARRATIVE_SYSTEM_MISMATCH");
        assertThat(problems.getFirst().message()).contains("«100%»").contains("83,33%");
    }

    @Test
    void theLeadersReportOfIssue20() {
        // the generated figures: 64 pending on 31/5/2026, 99,98% on time, a budget of 1.056.000.000 đồng
        Map<String, Figure> f = sound();
        put(f, "dossier.pending", 64);
        f.put("dossier.onTimeRate", new Figure("dossier.onTimeRate", "Tỷ lệ đúng hạn", new BigDecimal("99.98"), "99,98%", "/d"));
        f.put("budget.TOTAL.estimate", new Figure("budget.TOTAL.estimate", "Dự toán", new BigDecimal("1056000000"),
                "1.056.000.000 đồng", "/b"));
        var problems = checks.check(report, content(f, List.of(), "<p>Đến ngày 31/5/2026, còn 162 hồ sơ đang giải quyết.</p>"
                + "<p>Đến ngày 31/5/2026, còn 160 hồ sơ đang giải quyết; tỷ lệ giải quyết hồ sơ đúng hạn đạt 100%.</p>"
                + "<p>Tổng kinh phí bố trí năm 2026 là 1.056.000 đồng.</p>"
                + "<p>Thực hiện Nghị quyết 57 ngày 10/6/2024, phấn đấu 100% cán bộ được tập huấn trong 5 tháng tới.</p>"), List.of())
                .stream().filter(p -> p.check().startsWith("NARRATIVE_")).toList();  // 64 breaks the dossier identity too
        assertThat(problems).allMatch(p -> p.severity() == CheckProblem.Severity.HIGH).extracting(CheckProblem::check)
                .containsExactlyInAnyOrder("NARRATIVE_SYSTEM_MISMATCH", "NARRATIVE_SYSTEM_MISMATCH",
                        "NARRATIVE_REPEATED_FIGURE", "NARRATIVE_SYSTEM_MISMATCH", "NARRATIVE_MAGNITUDE", "NARRATIVE_DATE");
        assertThat(problems).extracting(CheckProblem::message)
                .anyMatch(m -> m.contains("«162»") && m.contains("64"))
                .anyMatch(m -> m.contains("«100%»") && m.contains("99,98%"))
                .anyMatch(m -> m.contains("«1.056.000 đồng»") && m.contains("1.056.000.000 đồng"))
                .anyMatch(m -> m.contains("22/12/2024"));
    }

    @Test
    void theTextsOwnArithmeticIsCheckedToo() {
        var problems = checks.check(report, content(sound(), List.of(),
                "<p>Tiếp nhận 10 hồ sơ (5 trực tuyến và 4 trực tiếp).</p><p>Căn cứ Nghị quyết 57 ngày 10/6/2024.</p>"), List.of());
        assertThat(problems).extracting(p -> p.check() + ":" + p.severity())
                .containsExactlyInAnyOrder("NARRATIVE_SUM:HIGH", "NARRATIVE_DATE:HIGH");
    }

    @Test
    void anEmptySectionIsALowProblem() {
        ReportContent empty = new ReportContent(ReportKind.MONTHLY, null, sound(),
                List.of(new Section("m5", 2, "V. NHIỆM VỤ THÁNG TỚI", List.of(), "<p> </p>", null)), List.of());
        assertThat(checks.check(report, empty, List.of())).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("Các mục chưa có nội dung: V. NHIỆM VỤ THÁNG TỚI."));
    }

    @Test
    void anUnknownFieldAndAMissingSignerAreFlagged() {
        Report unsigned = new Report(1, "w", ReportKind.MONTHLY, report.from(), report.to(), null, "Ba Bể", null, "x",
                null, List.of(), Report.SignerMode.KT, null, Report.Status.DRAFT, null, null, null, "canbo");
        var problems = checks.check(unsigned, content(sound(), List.of(), "<p><span data-field=\"khong.co\">5</span></p>"), List.of());
        assertThat(problems).extracting(p -> p.check() + ":" + p.severity())
                .contains("UNKNOWN_FIELD:LOW", "FRAME:MEDIUM", "FRAME:LOW");
    }

    @Test
    void theRulesOfAReportAreCheckedForTheWholePeriodsThatTileItAndItsLastMonth() {
        assertThat(ConsistencyChecks.rulePeriods(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)))
                .containsExactly("2025", "2026S1", "2026-06");
        assertThat(ConsistencyChecks.rulePeriods(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
                .containsExactly("2026Q2", "2026-06");
        assertThat(ConsistencyChecks.rulePeriods(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .containsExactly("2026-05");
        // Feb–Apr: two months then a quarter cannot start on 1/4 and end by 30/4, so April stands alone
        assertThat(ConsistencyChecks.rulePeriods(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30)))
                .containsExactly("2026-02", "2026-03", "2026-04");
        // a week: only its month
        assertThat(ConsistencyChecks.rulePeriods(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 7)))
                .containsExactly("2026-06");
    }

    private static void put(Map<String, Figure> f, String key, long value) {
        f.put(key, new Figure(key, key, BigDecimal.valueOf(value), vn.ward57.common.VietnameseFormat.count(value), null));
    }

    private ReportContent content(Map<String, Figure> figures, List<Appendix> appendices, String narrative) {
        return new ReportContent(ReportKind.MONTHLY, null, figures,
                List.of(new Section("m2", 2, "II. KẾT QUẢ THỰC HIỆN", List.of(),
                        narrative.isEmpty() ? "<p>Tiếp tục rà soát hồ sơ.</p>" : narrative, null)), appendices);
    }
}
