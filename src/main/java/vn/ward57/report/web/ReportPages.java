package vn.ward57.report.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.report.CheckProblem;
import vn.ward57.report.Report;
import vn.ward57.report.domain.ReportFiles;
import vn.ward57.report.domain.ReportService;

/** What the report page and its fragments (a section, the checks panel) put in the model. */
@Component
class ReportPages {

    static final String PAGE = "report/report";

    private final ReportService reports;
    private final WardAccess access;
    private final ReportFiles files;

    ReportPages(ReportService reports, WardAccess access, ReportFiles files) {
        this.reports = reports;
        this.access = access;
        this.files = files;
    }

    /** Everything the full page shows; the frame form keeps what was posted when it is shown again with errors. */
    void page(Model model, Ward ward, Report report) {
        frame(model, ward, report);
        boolean canEdit = mayEdit(ward, report);
        @SuppressWarnings("unchecked")
        var figures = (java.util.Map<String, vn.ward57.report.ReportContent.Figure>) model.getAttribute("figureMap");
        List<SectionView> sections = report.isFinal()
                ? reports.content(ward, report.id()).sections().stream().map(SectionView::of).toList()
                : reports.sections(ward, report.id(), figures).stream().map(s -> SectionView.of(s, canEdit)).toList();
        model.addAttribute("sections", sections);
        if (!model.containsAttribute("header")) {
            model.addAttribute("header", HeaderFields.of(report));
        }
        model.addAttribute("signerModes", Report.SignerMode.values());
        model.addAttribute("pdfAvailable", files.pdfAvailable());
        // the checks take longest (the validation rules of the period): the panel loads itself after the page
    }

    /** The ward, the report and the figures an editor may insert. */
    void frame(Model model, Ward ward, Report report) {
        model.addAttribute("ward", ward);
        model.addAttribute("report", report);
        model.addAttribute("row", ReportRow.of(report));
        model.addAttribute("canEdit", mayEdit(ward, report));
        var figures = report.isFinal() ? java.util.Map.<String, vn.ward57.report.ReportContent.Figure>of()
                : reports.figures(ward, report.id());
        model.addAttribute("figureMap", figures);
        model.addAttribute("figures", mayEdit(ward, report) ? figures.values() : List.of());
    }

    /** The checks panel: the problems, and whether (and how) a leader may finalise over them. */
    void checks(Model model, Ward ward, Report report) {
        List<CheckProblem> problems = reports.checks(ward, report.id());
        model.addAttribute("report", report);
        model.addAttribute("ward", ward);
        model.addAttribute("problems", problems);
        model.addAttribute("highProblems", problems.stream()
                .filter(p -> p.severity() == CheckProblem.Severity.HIGH).count());
        model.addAttribute("canFinalise", !report.isFinal()
                && access.canDirect(ward));
        model.addAttribute("canFix", mayEdit(ward, report));
    }

    private boolean mayEdit(Ward ward, Report report) {
        return !report.isFinal() && access.canEnterData(ward);
    }
}
