package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import vn.ward57.report.Report;
import vn.ward57.report.CheckProblem;
import vn.ward57.report.NarrativeFix;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Echo;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;

/**
 * "Thay bằng số liệu hệ thống" (issue 20): a number typed in a draft's text that the check finds differing from
 * the system's figure (or a cited document's date from its real one) is replaced by it, that occurrence only.
 * The text is checked again first, so a number that is no longer where the check saw it is never touched.
 */
@Service
@Transactional(readOnly = true)
public class NarrativeFixes {

    private final ReportService service;
    private final ReportRepository reports;
    private final ReportSnapshots snapshots;
    private final WardDocuments documents;

    NarrativeFixes(ReportService service, ReportRepository reports, ReportSnapshots snapshots, WardDocuments documents) {
        this.service = service;
        this.reports = reports;
        this.snapshots = snapshots;
        this.documents = documents;
    }

    /** @param fix what was replaced, with the figure written (the system's figure of now) */
    public record Replaced(ReportService.EditableSection section, NarrativeFix fix) {
    }

    /**
     * @param asked the fix as the check listed it
     * @throws ConflictException report.final-locked when the report is no longer a draft; report.fix-stale when
     *                           the text changed since the check and the number is no longer at that place
     */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Replaced replace(Ward ward, long reportId, NarrativeFix asked) {
        Report report = service.editable(ward, reportId);      // who may change it is answered before what was asked
        if (asked == null || asked.section() == null || asked.written() == null) {
            throw new InvalidInputException("report.fix-required", "fix");
        }
        ReportContent content = snapshots.live(ward, report);
        NarrativeFix fix = NarrativeCheck.check(report, content, documents.of(ward)).stream()
                .map(CheckProblem::fix).filter(asked::samePlace).findFirst().orElseThrow(() -> stale(asked));
        String before = reports.sections(reportId).get(fix.section());
        String after = before == null ? null : replaced(before, fix, content);
        if (after == null || !reports.replaceSection(reportId, fix.section(), before, after, CurrentActor.name())) {
            throw stale(asked);
        }
        var section = service.sections(ward, reportId, content.figures()).stream()
                .filter(s -> s.key().equals(fix.section())).findFirst().orElseThrow();
        return new Replaced(section, fix);
    }

    /** The stored text with the fix made, read as the check reads it (live fields as their figures); else null. */
    private static String replaced(String html, NarrativeFix fix, ReportContent content) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        var paragraphs = NarrativeParagraphs.of(doc.body(), content.figures());
        if (fix.paragraph() >= paragraphs.size()) {
            return null;
        }
        var paragraph = paragraphs.get(fix.paragraph());
        if (fix.end() > paragraph.text().length()
                || !paragraph.text().substring(fix.start(), fix.end()).equals(fix.written())
                || !NarrativeParagraphs.replace(paragraph, fix.start(), fix.end(), fix.replacement())) {
            return null;
        }
        return Narrative.clean(doc.body().html());
    }

    private static ConflictException stale(NarrativeFix asked) {
        return new ConflictException("report.fix-stale", "fix", asked.written() == null ? "" : Echo.cut(asked.written(), 40));
    }
}
