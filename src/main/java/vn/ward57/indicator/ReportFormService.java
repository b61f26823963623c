package vn.ward57.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.WardTime;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.ConflictException;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.indicator.ReportForm.Status;
import vn.ward57.indicator.domain.ReportFormRepository;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitService;
import vn.ward57.org.Ward;

/**
 * The monthly unit reports: a unit's form of a period, its submission (by the unit's officers, or the ward's
 * officers not limited to a unit), and the leader's approval or return.
 */
@Service
@Transactional(readOnly = true)
public class ReportFormService {

    /**
     * A form shows the newest changes of each value, not all: a value rewritten thousands of times (by a
     * script, an import) would otherwise make every save of the form slower; the rest is one click away.
     */
    public static final int CHANGES_SHOWN = 10;

    private final UnitService units;
    private final IndicatorService indicators;
    private final IndicatorValueService values;
    private final ReportFormRepository forms;
    private final ValidationService validation;
    private final ReportSchedules schedules;
    private final ApplicationEventPublisher events;

    ReportFormService(UnitService units, IndicatorService indicators, IndicatorValueService values,
                      ReportFormRepository forms, ValidationService validation, ReportSchedules schedules,
                      ApplicationEventPublisher events) {
        this.schedules = schedules;
        this.validation = validation;
        this.units = units;
        this.indicators = indicators;
        this.values = values;
        this.forms = forms;
        this.events = events;
    }

    /** The value of the register's counterpart of an entered figure at the period's end, if the ward has it. */
    private BigDecimal registerValue(Ward ward, List<Indicator> catalogue, String code, ReportingPeriod period) {
        String counterpart = Catalogue.REGISTER_COUNTERPARTS.get(code);
        return catalogue.stream().filter(c -> c.code().equals(counterpart)).findFirst()
                .map(c -> values.value(ward, c.code(), ReportingPeriod.containing(c.periodType(), period.to())))
                .orElse(null);
    }

    public ReportForm form(Ward ward, String unitCode, String periodCode) {
        Unit unit = units.get(ward, unitCode);
        ReportingPeriod period = ReportingPeriod.parseCalendar(periodCode);
        List<ReportForm.Line> lines = new ArrayList<>();
        List<Indicator> catalogue = indicators.list(ward);
        for (Indicator i : catalogue) {
            if (i.source() == Indicator.Source.ENTERED && unitCode.equals(i.leadUnit())
                    && i.periodType() == period.kind()) {
                IndicatorView v = values.view(ward, i.code(), period);
                var entered = values.entered(ward, i.code(), period);
                var changes = values.latestHistory(ward, i.code(), period.code(), CHANGES_SHOWN);
                lines.add(new ReportForm.Line(i.code(), i.name(), i.unit(), v.value(),
                        entered == null ? null : entered.comment(), entered == null ? null : entered.explanation(),
                        v.target(), v.status(), changes.changes(), changes.more(),
                        registerValue(ward, catalogue, i.code(), period), entered == null ? null : entered.version()));
            }
        }
        var row = forms.find(unit.id().value(), period.code());
        Status status = row.map(r -> Status.valueOf(r.status())).orElse(Status.NOT_STARTED);
        boolean open = status != Status.SUBMITTED && status != Status.APPROVED;
        List<String> codes = lines.stream().map(ReportForm.Line::code).toList();
        java.time.LocalDate due = schedules.due(unit.id().value(), period);
        return new ReportForm(unitCode, period.code(), due, status, open && WardTime.today().isAfter(due),
                row.map(ReportFormRepository.FormRow::submittedAt).orElse(null), lines,
                codes.isEmpty() ? List.of() : validation.check(ward, period, codes),
                forms.history(unit.id().value(), period.code()).stream()
                        .map(e -> new ReportForm.Step(e.kind(), e.message(), e.actor(), e.at())).toList());
    }

    /** The unit's officers submit: every value there, every RED one explained. */
    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #unitCode)")
    public ReportForm submit(Ward ward, String unitCode, String periodCode) {
        ReportForm form = form(ward, unitCode, periodCode);
        if (form.status() == Status.SUBMITTED || form.status() == Status.APPROVED) {
            throw new ConflictException("form.already-submitted", null, units.get(ward, unitCode).name(),
                    ReportingPeriod.parse(form.period()));
        }
        if (form.lines().isEmpty()) {
            throw new InvalidInputException("form.empty", "period", units.get(ward, unitCode).name(),
                    ReportingPeriod.parse(form.period()));
        }
        List<String> missing = form.lines().stream().filter(l -> l.value() == null).map(ReportForm.Line::code).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("form.missing-values", "value", String.join(", ", missing));
        }
        List<String> unexplained = form.lines().stream()
                .filter(l -> l.status() == Judgement.Status.RED && (l.explanation() == null || l.explanation().isBlank()))
                .map(ReportForm.Line::code).toList();
        if (!unexplained.isEmpty()) {
            throw new InvalidInputException("form.explanation-required", "explanation", String.join(", ", unexplained));
        }
        return step(ward, unitCode, form.period(), "SUBMITTED", Status.SUBMITTED, null);
    }

    /** The leader approves a submitted form, unless it breaks a HIGH rule; it locks. */
    @Transactional
    @PreAuthorize("@access.direct(#ward, 'access.leader-only.form')")
    public ReportForm approve(Ward ward, String unitCode, String periodCode) {
        List<String> blocking = form(ward, unitCode, periodCode).blockingRules();
        if (!blocking.isEmpty()) {
            throw new ConflictException("form.rule-blocked", null, String.join("; ", blocking));
        }
        return decide(ward, unitCode, periodCode, Status.SUBMITTED, "APPROVED", Status.APPROVED, null, false);
    }

    /** The leader returns a submitted form with a message; the unit corrects and submits again. */
    @Transactional
    @PreAuthorize("@access.direct(#ward, 'access.leader-only.form')")
    public ReportForm sendBack(Ward ward, String unitCode, String periodCode, String message) {
        return decide(ward, unitCode, periodCode, Status.SUBMITTED, "RETURNED", Status.RETURNED, message, true);
    }

    /** The leader reopens an approved form, with a reason. */
    @Transactional
    @PreAuthorize("@access.direct(#ward, 'access.leader-only.form')")
    public ReportForm reopen(Ward ward, String unitCode, String periodCode, String reason) {
        return decide(ward, unitCode, periodCode, Status.APPROVED, "REOPENED", Status.RETURNED, reason, true);
    }

    private ReportForm decide(Ward ward, String unitCode, String periodCode, Status from, String kind, Status to,
                              String message, boolean messageRequired) {
        ReportForm form = form(ward, unitCode, periodCode);
        if (form.status() != from) {
            throw new ConflictException("form.wrong-status." + from, null, units.get(ward, unitCode).name(),
                    ReportingPeriod.parse(form.period()));
        }
        if (messageRequired && (message == null || message.isBlank())) {
            throw new InvalidInputException("task.reason-required", "message");
        }
        return step(ward, unitCode, form.period(), kind, to, message == null ? null : message.strip());
    }

    private ReportForm step(Ward ward, String unitCode, String period, String kind, Status to, String message) {
        long unitId = units.get(ward, unitCode).id().value();
        forms.save(ward.id().value(), unitId, period, to.name(), to == Status.SUBMITTED, CurrentActor.name());
        forms.event(ward.id().value(), unitId, period, kind, message, CurrentActor.name());
        events.publishEvent(ChangeRecorded.updated("report_form", ward.code() + "/" + unitCode + "/" + period,
                ward, null, Map.of("status", to.name(), "step", kind)));
        return form(ward, unitCode, period);
    }
}
