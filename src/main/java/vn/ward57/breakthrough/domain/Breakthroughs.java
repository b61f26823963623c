package vn.ward57.breakthrough.domain;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.breakthrough.Breakthrough;
import vn.ward57.breakthrough.BreakthroughForm;
import vn.ward57.breakthrough.BreakthroughStatus;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.indicator.Indicator;
import vn.ward57.indicator.IndicatorService;
import vn.ward57.org.Ward;
import vn.ward57.task.Task;
import vn.ward57.task.TaskService;

/**
 * The register of breakthrough models under the rules of Phụ lục IX: the ward's own (a model belongs to no
 * unit), kept by its officers not limited to a unit and its leaders. The ward comes read-checked from whoever
 * resolved it (a Ward parameter).
 */
@Service
@Transactional(readOnly = true)
public class Breakthroughs {

    private final TaskService tasks;
    private final IndicatorService indicators;
    private final BreakthroughRepository models;
    private final ApplicationEventPublisher events;

    Breakthroughs(TaskService tasks, IndicatorService indicators, BreakthroughRepository models,
                  ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.indicators = indicators;
        this.models = models;
        this.events = events;
    }

    /** Every model of the ward with all Phụ lục IX columns, in code order (what the report's appendix lists). */
    public List<Breakthrough> list(Ward ward) {
        return list(ward, null, null);
    }

    public List<Breakthrough> list(Ward ward, String status, String q) {
        String s = status == null || status.isBlank() ? null
                : Texts.choiceOrThrow(BreakthroughStatus.class, status, "status").name();
        return models.list(ward.id().value(), s, q).stream().map(r -> describe(r, ward)).toList();
    }

    public Breakthrough get(Ward ward, long id) {
        return models.find(ward.id().value(), id).map(r -> describe(r, ward))
                .orElseThrow(() -> new NotFoundException("breakthrough.not-found", null, String.valueOf(id),
                        ward.name()));
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Breakthrough create(Ward ward, BreakthroughForm form) {
        BreakthroughRules.Checked checked = BreakthroughRules.check(form, links(ward));
        Texts.throwFirst(checked.faults());
        if (models.idOf(ward.id().value(), checked.values().code()).isPresent()) {
            throw new InvalidInputException("breakthrough.code-taken", "code", checked.values().code(), ward.name());
        }
        long id = models.insert(ward.id().value(), checked.values());
        models.link(id, checked.taskIds(), checked.indicatorCodes());
        Breakthrough created = get(ward, id);
        events.publishEvent(ChangeRecorded.created("breakthrough", String.valueOf(id), ward, created));
        return created;
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Breakthrough update(Ward ward, long id, BreakthroughForm form) {
        Breakthrough before = get(ward, id);
        BreakthroughRules.Checked checked = BreakthroughRules.check(form, links(ward));
        Texts.throwFirst(checked.faults());
        if (models.idOf(ward.id().value(), checked.values().code()).filter(other -> other != id).isPresent()) {
            throw new InvalidInputException("breakthrough.code-taken", "code", checked.values().code(), ward.name());
        }
        models.update(id, checked.values());
        models.link(id, checked.taskIds(), checked.indicatorCodes());
        Breakthrough after = get(ward, id);
        events.publishEvent(ChangeRecorded.updated("breakthrough", String.valueOf(id), ward, before, after));
        return after;
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Breakthrough delete(Ward ward, long id) {
        Breakthrough before = get(ward, id);
        models.delete(id);
        events.publishEvent(ChangeRecorded.deleted("breakthrough", String.valueOf(id), ward,
                before));
        return before;
    }

    /** The tasks (id → title) and indicators (code → name) a model of the ward may be linked to. */
    public java.util.Map<Long, String> taskChoices(Ward ward) {
        return tasks.list(ward, WardTime.today(), TaskService.Filter.none()).stream()
                .collect(Collectors.toMap(Task::id, t -> t.code() + " – " + t.title(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    public java.util.Map<String, String> indicatorChoices(Ward ward) {
        return indicators.list(ward).stream().collect(Collectors.toMap(Indicator::code, Indicator::name,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    BreakthroughRules.Links links(Ward ward) {
        return new BreakthroughRules.Links(ward.name(), taskChoices(ward).keySet(), indicatorChoices(ward).keySet());
    }

    private Breakthrough describe(BreakthroughRepository.Row r, Ward ward) {
        var v = r.values();
        return new Breakthrough(r.id(), ward.code(), v.code(), v.title(), v.field(), v.problem(), v.solution(),
                v.mechanismsResources(), v.costAndTime(), v.costVnd(), v.quantifiedResult(), v.impact(),
                v.lessonsAndScaling(), v.risks(), v.headRole(), v.contactName(), v.contactPhone(), v.contactEmail(),
                v.startedOn(), BreakthroughStatus.valueOf(v.status()), v.reportYear(), models.taskIds(r.id()),
                models.indicatorCodes(r.id()));
    }
}
