package vn.ward57.breakthrough;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.breakthrough.domain.BreakthroughRepository;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.indicator.Indicator;
import vn.ward57.indicator.IndicatorService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.task.Task;
import vn.ward57.task.TaskService;

/** The register of breakthrough models: access to the ward first, then the rules of Phụ lục IX. */
@Service
@Transactional(readOnly = true)
public class BreakthroughService {

    private final WardService wards;
    private final TaskService tasks;
    private final IndicatorService indicators;
    private final BreakthroughRepository models;
    private final ApplicationEventPublisher events;

    BreakthroughService(WardService wards, TaskService tasks, IndicatorService indicators,
                        BreakthroughRepository models, ApplicationEventPublisher events) {
        this.wards = wards;
        this.tasks = tasks;
        this.indicators = indicators;
        this.models = models;
        this.events = events;
    }

    /** Every model of the ward with all Phụ lục IX columns, in code order (what the report's appendix lists). */
    public List<Breakthrough> list(String wardCode) {
        return list(wardCode, null, null);
    }

    public List<Breakthrough> list(String wardCode, String status, String q) {
        Ward ward = wards.get(wardCode);
        String s = status == null || status.isBlank() ? null
                : Texts.choiceOrThrow(BreakthroughStatus.class, status, "status").name();
        return models.list(ward.id().value(), s, q).stream().map(r -> describe(r, ward)).toList();
    }

    public Breakthrough get(String wardCode, long id) {
        return find(wards.get(wardCode), id);
    }

    @Transactional
    public Breakthrough create(String wardCode, BreakthroughForm form) {
        Ward ward = writable(wardCode);
        BreakthroughRules.Checked checked = BreakthroughRules.check(form, links(ward));
        Texts.throwFirst(checked.faults());
        if (models.idOf(ward.id().value(), checked.values().code()).isPresent()) {
            throw new InvalidInputException("breakthrough.code-taken", "code", checked.values().code(), ward.name());
        }
        long id = models.insert(ward.id().value(), checked.values());
        models.link(id, checked.taskIds(), checked.indicatorCodes());
        Breakthrough created = find(ward, id);
        events.publishEvent(ChangeRecorded.created("breakthrough", String.valueOf(id), ward.provinceId(),
                ward.id().value(), created));
        return created;
    }

    @Transactional
    public Breakthrough update(String wardCode, long id, BreakthroughForm form) {
        Ward ward = writable(wardCode);
        Breakthrough before = find(ward, id);
        BreakthroughRules.Checked checked = BreakthroughRules.check(form, links(ward));
        Texts.throwFirst(checked.faults());
        if (models.idOf(ward.id().value(), checked.values().code()).filter(other -> other != id).isPresent()) {
            throw new InvalidInputException("breakthrough.code-taken", "code", checked.values().code(), ward.name());
        }
        models.update(id, checked.values());
        models.link(id, checked.taskIds(), checked.indicatorCodes());
        Breakthrough after = find(ward, id);
        events.publishEvent(ChangeRecorded.updated("breakthrough", String.valueOf(id), ward.provinceId(),
                ward.id().value(), before, after));
        return after;
    }

    @Transactional
    public Breakthrough delete(String wardCode, long id) {
        Ward ward = writable(wardCode);
        Breakthrough before = find(ward, id);
        models.delete(id);
        events.publishEvent(ChangeRecorded.deleted("breakthrough", String.valueOf(id), ward.provinceId(),
                ward.id().value(), before));
        return before;
    }

    public boolean canEdit(String wardCode) {
        Ward ward = wards.get(wardCode);
        return CurrentActor.get().canEnterData(ward.provinceCode(), ward.code());
    }

    /** The tasks (id → title) and indicators (code → name) a model of the ward may be linked to. */
    public java.util.Map<Long, String> taskChoices(String wardCode) {
        return tasks.list(wards.get(wardCode), WardTime.today(), TaskService.Filter.none()).stream()
                .collect(Collectors.toMap(Task::id, t -> t.code() + " – " + t.title(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    public java.util.Map<String, String> indicatorChoices(String wardCode) {
        return indicators.list(wardCode).stream().collect(Collectors.toMap(Indicator::code, Indicator::name,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    Ward writable(String wardCode) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        return ward;
    }

    BreakthroughRules.Links links(Ward ward) {
        return new BreakthroughRules.Links(ward.name(), taskChoices(ward.code()).keySet(),
                indicatorChoices(ward.code()).keySet());
    }

    private Breakthrough find(Ward ward, long id) {
        return models.find(ward.id().value(), id).map(r -> describe(r, ward))
                .orElseThrow(() -> new NotFoundException("breakthrough.not-found", null, String.valueOf(id),
                        ward.name()));
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
