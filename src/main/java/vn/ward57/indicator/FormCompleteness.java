package vn.ward57.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.WardTime;
import vn.ward57.indicator.domain.ReportFormRepository.FormRow;
import vn.ward57.indicator.domain.ReportFormRepository;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * Who has reported: the forms each unit owes (one per period of each type of the ENTERED
 * indicators it leads, once the period has ended), which are submitted, on time, approved; and
 * the forms still due or overdue.
 */
@Service
@Transactional(readOnly = true)
public class FormCompleteness {

    private final WardAccess access;
    private final OrgLookup org;
    private final IndicatorService indicators;
    private final ReportFormRepository forms;
    private final ReportSchedules schedules;

    FormCompleteness(WardAccess access, OrgLookup org, IndicatorService indicators, ReportFormRepository forms,
                     ReportSchedules schedules) {
        this.schedules = schedules;
        this.access = access;
        this.org = org;
        this.indicators = indicators;
        this.forms = forms;
    }

    /** A form not yet submitted: due on, and whether that day has passed. */
    public record FormDue(String unit, String unitName, String period, LocalDate due, ReportForm.Status status,
                          boolean overdue) {
    }

    /** Per unit, the forms of the periods within the one asked that have ended by today. */
    public List<ReportForm.Completeness> of(Ward ward, String periodCode) {
        ReportingPeriod within = ReportingPeriod.parseCalendar(periodCode);
        return of(ward, within.from(), within.to());
    }

    /** Per unit, the forms of the periods lying within [from, to] that have ended by today. */
    public List<ReportForm.Completeness> of(Ward ward, LocalDate from, LocalDate to) {
        LocalDate today = WardTime.today();
        Map<String, List<ReportingPeriod>> owed = new LinkedHashMap<>();
        reportingUnits(ward).forEach((unit, types) -> owed.put(unit, types.stream()
                .flatMap(t -> periods(t, from, to).stream())
                .filter(p -> !p.to().isAfter(today)).toList()));
        Map<String, FormRow> rows = rows(ward, owed.values().stream().flatMap(List::stream).toList());
        List<ReportForm.Completeness> result = new ArrayList<>();
        owed.forEach((unit, periods) -> {
            long submitted = 0;
            long onTime = 0;
            long approved = 0;
            long unitId = unitId(ward, unit);
            for (ReportingPeriod p : periods) {
                FormRow row = rows.get(unitId + "/" + p.code());
                if (row != null && ("SUBMITTED".equals(row.status()) || "APPROVED".equals(row.status()))) {
                    submitted++;
                    LocalDate on = row.submittedAt().atZoneSameInstant(WardTime.ZONE).toLocalDate();
                    onTime += on.isAfter(schedules.due(unitId, p)) ? 0 : 1;
                    approved += "APPROVED".equals(row.status()) ? 1 : 0;
                }
            }
            result.add(new ReportForm.Completeness(unit, periods.size(), submitted, onTime, approved));
        });
        return result;
    }

    /** The forms of the last twelve months not yet submitted: the acting officer's unit's, or every unit's. */
    public List<FormDue> due(Ward ward) {
        return due(ward, access.ownUnit(), WardTime.today());
    }

    /**
     * The officer's to-do: the forms due by {@code until} or overdue, and every form a leader returned, whatever
     * its period or due day (a returned form is work now, even when its period is recent or over a year old).
     */
    public List<FormDue> toDo(Ward ward, LocalDate until) {
        String own = access.ownUnit();
        List<FormDue> result = new ArrayList<>(due(ward, own, WardTime.today()).stream()
                .filter(f -> !f.due().isAfter(until) || f.status() == ReportForm.Status.RETURNED).toList());
        Map<Long, Unit> byId = org.units(ward.id()).stream()
                .collect(Collectors.toMap(u -> u.id().value(), Function.identity()));
        for (FormRow row : forms.returned(ward.id().value())) {
            Unit unit = byId.get(row.unitId());
            if (unit == null) {
                continue;
            }
            boolean listed = result.stream().anyMatch(f -> f.unit().equals(unit.code()) && f.period().equals(row.period()));
            if ((own == null || own.equals(unit.code())) && !listed) {
                LocalDate due = schedules.due(row.unitId(), ReportingPeriod.parseCalendar(row.period()));
                result.add(new FormDue(unit.code(), unit.name(), row.period(), due, ReportForm.Status.RETURNED,
                        WardTime.today().isAfter(due)));
            }
        }
        result.sort(java.util.Comparator.comparing(FormDue::due).thenComparing(FormDue::unit));
        return result;
    }

    /** The same for one unit (null: every unit), without an access check: for the daily reminders. */
    List<FormDue> due(Ward ward, String own, LocalDate today) {
        Map<String, String> names = org.units(ward.id()).stream().collect(Collectors.toMap(Unit::code, Unit::name));
        List<FormDue> result = new ArrayList<>();
        reportingUnits(ward).forEach((unit, types) -> {
            if (own != null && !own.equals(unit)) {
                return;
            }
            List<ReportingPeriod> ended = types.stream().flatMap(t -> periods(t, today.minusMonths(12), today).stream())
                    .filter(p -> p.to().isBefore(today)).toList();
            Map<String, FormRow> rows = rows(ward, ended);
            long unitId = unitId(ward, unit);
            for (ReportingPeriod p : ended) {
                FormRow row = rows.get(unitId + "/" + p.code());
                ReportForm.Status status = row == null ? ReportForm.Status.NOT_STARTED
                        : ReportForm.Status.valueOf(row.status());
                if (status != ReportForm.Status.SUBMITTED && status != ReportForm.Status.APPROVED) {
                    LocalDate due = schedules.due(unitId, p);
                    result.add(new FormDue(unit, names.get(unit), p.code(), due, status, today.isAfter(due)));
                }
            }
        });
        result.sort(java.util.Comparator.comparing(FormDue::due).thenComparing(FormDue::unit));
        return result;
    }

    /** The units that lead ENTERED indicators, with the period types of those indicators. */
    private Map<String, Set<ReportingPeriod.Kind>> reportingUnits(Ward ward) {
        Map<String, Set<ReportingPeriod.Kind>> units = new LinkedHashMap<>();
        indicators.list(ward).stream()
                .filter(i -> i.source() == Indicator.Source.ENTERED && i.leadUnit() != null)
                .sorted(java.util.Comparator.comparing(Indicator::leadUnit))
                .forEach(i -> units.computeIfAbsent(i.leadUnit(), u -> EnumSet.noneOf(ReportingPeriod.Kind.class))
                        .add(i.periodType()));
        return units;
    }

    /** The periods of a type lying wholly between two days. */
    static List<ReportingPeriod> periods(ReportingPeriod.Kind type, LocalDate from, LocalDate to) {
        List<ReportingPeriod> result = new ArrayList<>();
        for (ReportingPeriod p = ReportingPeriod.containing(type, from); !p.from().isAfter(to);
             p = ReportingPeriod.containing(type, p.to().plusDays(1))) {
            if (!p.from().isBefore(from) && !p.to().isAfter(to)) {
                result.add(p);
            }
        }
        return result;
    }

    private Map<String, FormRow> rows(Ward ward, List<ReportingPeriod> periods) {
        return forms.ofWard(ward.id().value(), periods.stream().map(ReportingPeriod::code).distinct().toList()).stream()
                .collect(Collectors.toMap(r -> r.unitId() + "/" + r.period(), Function.identity()));
    }

    private long unitId(Ward ward, String unitCode) {
        return org.unit(ward.id(), unitCode).orElseThrow().id().value();
    }
}
