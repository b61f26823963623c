package vn.ward57.report.domain;

import vn.ward57.report.ReportContent;
import vn.ward57.report.ReportKind;
import vn.ward57.report.Report;
import vn.ward57.report.CheckProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;

/**
 * The ward's report instances: drafted for a kind and period, the frame and narrative edited while DRAFT,
 * then FINAL with the content frozen as it was sent.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final ReportRepository reports;
    private final WardService wards;
    private final ReportAssembler assembler;
    private final ReportSnapshots snapshots;
    private final ApplicationEventPublisher events;

    ReportService(ReportRepository reports, WardService wards, ReportAssembler assembler, ReportSnapshots snapshots,
                  ApplicationEventPublisher events) {
        this.reports = reports;
        this.wards = wards;
        this.assembler = assembler;
        this.snapshots = snapshots;
        this.events = events;
    }

    /** What to draft: the kind and the period, both days included. */
    public record Draft(String kind, LocalDate from, LocalDate to) {
    }

    /** A section the officer may write, with what the system writes under it (for the editor). */
    public record EditableSection(String key, int level, String heading, List<String> generated, String html) {
    }

    /** The ward of a report, if the user may read it: 404 for no such report, 403 for another ward's. */
    public Ward wardOf(long reportId) {
        WardId id = reports.wardOf(reportId).orElseThrow(() -> new NotFoundException("report.not-found", "id"));
        return wards.get(id);
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Report create(Ward ward, Draft draft) {
        ReportKind kind = ReportForms.checked(draft);
        long wardId = ward.id().value();
        var previous = reports.previous(wardId, kind, -1);
        var header = ReportDefaults.header(kind, new ReportPeriod(draft.from(), draft.to()), ward, previous);
        long id = reports.insert(wardId, kind, draft.from(), draft.to(), header, CurrentActor.name());
        // the narrative of the previous report of the kind is the starting point, section by section
        previous.ifPresent(p -> reports.sections(p.id())
                .forEach((key, html) -> reports.saveSection(id, wardId, key, html, CurrentActor.name())));
        Report report = get(ward, id);
        events.publishEvent(ChangeRecorded.created("report", String.valueOf(id), ward.provinceId(), wardId, report));
        return report;
    }

    /**
     * ward: read-checked by whoever resolved it (a Ward parameter, {@link #wardOf}). Another ward's report is
     * refused to whoever may not read that ward (403, as by its own address), else not found under this one.
     */
    public Report get(Ward ward, long id) {
        return reports.find(ward.id(), id).orElseThrow(() -> {
            wardOf(id);
            return new NotFoundException("report.not-found", "id");
        });
    }

    public List<Report> list(Ward ward) {
        return reports.findByWard(ward.id().value());
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Report updateHeader(Ward ward, long id, Report.HeaderForm form) {
        Report report = editable(ward, id);
        Report.HeaderForm h = ReportForms.checked(report, form);
        reports.updateHeader(id, h);
        Report after = get(ward, id);
        events.publishEvent(ChangeRecorded.updated("report", String.valueOf(id), ward,
                report, after));
        return after;
    }

    public List<EditableSection> sections(Ward ward, long id) {
        return sections(ward, id, figures(ward, id));
    }

    /** The sections with the figures the caller already has (the editor page shows both). */
    public List<EditableSection> sections(Ward ward, long id, Map<String, ReportContent.Figure> figures) {
        Report report = get(ward, id);
        Map<String, String> html = reports.sections(id);
        List<EditableSection> list = new java.util.ArrayList<>();
        for (SectionSpec s : Outlines.of(report.kind(), report.to().getYear())) {
            list.add(new EditableSection(s.key(), s.level(), s.heading(),
                    s.lines().stream().map(l -> ReportAssembler.fill(l, figures)).toList(),
                    s.narrative() ? html.getOrDefault(s.key(), "") : null));
        }
        if (report.kind() == ReportKind.NQ57_RESULTS) {
            ReportAssembler.APPENDIX_NOTES.entrySet().stream().sorted(Map.Entry.comparingByKey(
                            java.util.Comparator.comparingInt(k -> List.of("pl.I", "pl.III", "pl.V", "pl.VI", "pl.VIII").indexOf(k))))
                    .forEach(e -> list.add(new EditableSection(e.getKey(), 2, "Phụ lục " + e.getValue()
                            + (e.getValue().equals("I") ? " – phương thức chỉ đạo, điều hành dựa trên dữ liệu" : ""),
                            List.of(), html.getOrDefault(e.getKey(), ""))));
        }
        return list;
    }

    /** Saves the officer's text of a section, cleaned to the tags the document knows. */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public EditableSection saveSection(Ward ward, long id, String key, String html) {
        editable(ward, id);
        EditableSection section = sections(ward, id).stream().filter(s -> s.key().equals(key) && s.html() != null)
                .findFirst().orElseThrow(() -> new NotFoundException("report.section-not-found", "key", key));
        if (html != null && html.length() > Narrative.MAX_LENGTH) {
            throw new InvalidInputException("report.section-too-long", "html", String.valueOf(Narrative.MAX_LENGTH));
        }
        String clean = Narrative.clean(html);
        reports.saveSection(id, ward.id().value(), key, clean, CurrentActor.name());
        return new EditableSection(key, section.level(), section.heading(), section.generated(), clean);
    }

    /** The figures of the report's period, for the editor's "insert a figure" list. */
    public Map<String, ReportContent.Figure> figures(Ward ward, long id) {
        Report report = get(ward, id);
        return report.isFinal() ? snapshots.content(id).figures() : assembler.figures(ward, report);
    }

    /** What the document shows: the frozen snapshot of a FINAL report, else the data as it is now. */
    public ReportContent content(Ward ward, long id) {
        return content(ward, get(ward, id));
    }

    ReportContent content(Ward ward, Report report) {
        return report.isFinal() ? snapshots.content(report.id()) : snapshots.live(ward, report);
    }

    public List<CheckProblem> checks(Ward ward, long id) {
        return snapshots.checks(ward, get(ward, id));
    }

    @Transactional
    @PreAuthorize("@access.direct(#ward, 'access.leader-only.report')")
    public Report finalise(Ward ward, long id, String reason) {
        Report report = get(ward, id);
        if (report.isFinal()) {
            throw new ConflictException("report.already-final", "status");
        }
        snapshots.finalise(ward, report, reason);
        Report after = get(ward, id);
        events.publishEvent(ChangeRecorded.updated("report", String.valueOf(id), ward,
                report, after));
        return after;
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public void delete(Ward ward, long id) {
        Report report = editable(ward, id);
        reports.delete(id);
        events.publishEvent(ChangeRecorded.deleted("report", String.valueOf(id), ward, report));
    }

    /** A DRAFT of the ward (the caller checked that the user may change it). */
    Report editable(Ward ward, long id) {
        Report report = get(ward, id);
        if (report.isFinal()) {
            throw new ConflictException("report.final-locked", "status");
        }
        return report;
    }
}
