package vn.ward57.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.report.domain.ReportRepository;

/**
 * The ward's report instances: drafted for a kind and period, the frame and narrative edited while DRAFT,
 * then FINAL with the content frozen as it was sent.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /** The longest period a report covers: the 18-month review with room to spare. */
    static final int MAX_MONTHS = 36;

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

    @Transactional
    public Report create(String wardCode, Draft draft) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), wardCode);
        ReportKind kind = draft == null ? null : ReportKind.parse(draft.kind());
        if (kind == null) {
            throw new InvalidInputException("report.kind-required", "kind");
        }
        if (draft.from() == null || draft.to() == null) {
            throw new InvalidInputException("stats.period-required", draft.from() == null ? "from" : "to");
        }
        if (draft.to().isBefore(draft.from())) {
            throw new InvalidInputException("stats.period-reversed", "to");
        }
        if (ChronoUnit.MONTHS.between(draft.from(), draft.to()) >= MAX_MONTHS) {
            throw new InvalidInputException("report.period-too-long", "to", String.valueOf(MAX_MONTHS));
        }
        long wardId = ward.id().value();
        var previous = reports.previous(wardId, kind, -1);
        var header = ReportDefaults.header(kind, new ReportPeriod(draft.from(), draft.to()), ward, previous);
        long id = reports.insert(wardId, kind, draft.from(), draft.to(), header, CurrentActor.name());
        // the narrative of the previous report of the kind is the starting point, section by section
        previous.ifPresent(p -> reports.sections(p.id())
                .forEach((key, html) -> reports.saveSection(id, wardId, key, html, CurrentActor.name())));
        Report report = reports.find(id).orElseThrow();
        events.publishEvent(ChangeRecorded.created("report", String.valueOf(id), ward.provinceId(), wardId, report));
        return report;
    }

    public Report get(long id) {
        String wardCode = reports.wardCodeOf(id).orElseThrow(() -> new NotFoundException("report.not-found", "id"));
        Ward ward = wards.get(wardCode);
        CurrentActor.requireReadWard(ward.provinceCode(), wardCode);
        return reports.find(id).orElseThrow();
    }

    public List<Report> list(String wardCode) {
        return reports.findByWard(wards.get(wardCode).id().value());
    }

    @Transactional
    public Report updateHeader(long id, Report.HeaderForm form) {
        Report report = editable(id);
        Report.HeaderForm h = ReportForms.checked(report, form);
        reports.updateHeader(id, h);
        Ward ward = wards.get(report.wardCode());
        Report after = reports.find(id).orElseThrow();
        events.publishEvent(ChangeRecorded.updated("report", String.valueOf(id), ward.provinceId(), ward.id().value(),
                report, after));
        return after;
    }

    public List<EditableSection> sections(long id) {
        return sections(id, figures(id));
    }

    /** The sections with the figures the caller already has (the editor page shows both). */
    public List<EditableSection> sections(long id, Map<String, ReportContent.Figure> figures) {
        Report report = get(id);
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
    public EditableSection saveSection(long id, String key, String html) {
        Report report = editable(id);
        EditableSection section = sections(id).stream().filter(s -> s.key().equals(key) && s.html() != null)
                .findFirst().orElseThrow(() -> new NotFoundException("report.section-not-found", "key", key));
        if (html != null && html.length() > Narrative.MAX_LENGTH) {
            throw new InvalidInputException("report.section-too-long", "html", String.valueOf(Narrative.MAX_LENGTH));
        }
        String clean = Narrative.clean(html);
        reports.saveSection(id, wards.get(report.wardCode()).id().value(), key, clean, CurrentActor.name());
        return new EditableSection(key, section.level(), section.heading(), section.generated(), clean);
    }

    /** The figures of the report's period, for the editor's "insert a figure" list. */
    public Map<String, ReportContent.Figure> figures(long id) {
        Report report = get(id);
        return report.isFinal() ? snapshots.content(id).figures() : assembler.figures(report);
    }

    /** What the document shows: the frozen snapshot of a FINAL report, else the data as it is now. */
    public ReportContent content(long id) {
        Report report = get(id);
        return report.isFinal() ? snapshots.content(id) : snapshots.live(report);
    }

    public List<CheckProblem> checks(long id) {
        Report report = get(id);
        return snapshots.checks(report);
    }

    @Transactional
    public Report finalise(long id, String reason) {
        Report report = get(id);
        Ward ward = wards.get(report.wardCode());
        CurrentActor.requireDirectWard(ward.provinceCode(), report.wardCode(), "access.leader-only.report");
        if (report.isFinal()) {
            throw new ConflictException("report.already-final", "status");
        }
        snapshots.finalise(report, reason);
        Report after = reports.find(id).orElseThrow();
        events.publishEvent(ChangeRecorded.updated("report", String.valueOf(id), ward.provinceId(), ward.id().value(),
                report, after));
        return after;
    }

    @Transactional
    public void delete(long id) {
        Report report = editable(id);
        Ward ward = wards.get(report.wardCode());
        reports.delete(id);
        events.publishEvent(ChangeRecorded.deleted("report", String.valueOf(id), ward.provinceId(), ward.id().value(), report));
    }

    /** A DRAFT the current user may change. */
    Report editable(long id) {
        Report report = get(id);
        CurrentActor.requireEnterData(wards.get(report.wardCode()).provinceCode(), report.wardCode());
        if (report.isFinal()) {
            throw new ConflictException("report.final-locked", "status");
        }
        return report;
    }
}
