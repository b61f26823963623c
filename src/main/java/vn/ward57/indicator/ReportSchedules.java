package vn.ward57.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.indicator.domain.ReportScheduleRepository;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitService;
import vn.ward57.org.Ward;

/**
 * When a unit's report of a period is due: by default the 15th of the month after the period (seed
 * 001, section V), or the day the ward set for that unit and period type; and when entry closes. The ward
 * sets them for its units (its officers not limited to a unit, its leaders, the province's admins), not a unit
 * for itself.
 */
@Service
@Transactional(readOnly = true)
public class ReportSchedules {

    static final int DEFAULT_DUE_DAY = 15;

    private final UnitService units;
    private final OrgLookup org;
    private final ReportScheduleRepository schedules;
    private final ApplicationEventPublisher events;

    ReportSchedules(UnitService units, OrgLookup org, ReportScheduleRepository schedules,
                    ApplicationEventPublisher events) {
        this.units = units;
        this.org = org;
        this.schedules = schedules;
        this.events = events;
    }

    /** A unit's schedule for a period type: due day of the following month, and days until entry closes (or none). */
    public record Schedule(String unit, ReportingPeriod.Kind periodType, int dueDay, Integer closesAfterDays) {
    }

    public List<Schedule> list(Ward ward) {
        Map<Long, String> codes = org.units(ward.id()).stream()
                .collect(java.util.stream.Collectors.toMap(u -> u.id().value(), Unit::code));
        return schedules.ofWard(ward.id().value()).stream().map(s -> new Schedule(codes.get(s.unitId()),
                ReportingPeriod.Kind.valueOf(s.periodType()), s.dueDay(), s.closesAfterDays())).toList();
    }

    /** A unit's schedule as an officer reads it: its name, and whether the ward set it or it is the default. */
    public record UnitSchedule(String unit, String unitName, int dueDay, Integer closesAfterDays, boolean set) {
    }

    /** Every unit of the ward with the schedule of its reports of a period type (the default where none is set). */
    public List<UnitSchedule> ofUnits(Ward ward, ReportingPeriod.Kind type) {
        Map<Long, ReportScheduleRepository.ScheduleRow> set = schedules.ofWard(ward.id().value()).stream()
                .filter(s -> s.periodType().equals(type.name()))
                .collect(java.util.stream.Collectors.toMap(ReportScheduleRepository.ScheduleRow::unitId, s -> s));
        return org.units(ward.id()).stream().map(u -> {
            var s = set.get(u.id().value());
            return s == null ? new UnitSchedule(u.code(), u.name(), DEFAULT_DUE_DAY, null, false)
                    : new UnitSchedule(u.code(), u.name(), s.dueDay(), s.closesAfterDays(), true);
        }).toList();
    }

    @Transactional
    @PreAuthorize("@access.enterWardWide(#ward)")
    public Schedule set(Ward ward, String unitCode, ReportingPeriod.Kind type, Integer dueDay,
                        Integer closesAfterDays) {
        Unit unit = units.get(ward, unitCode);
        int day = dueDay == null ? DEFAULT_DUE_DAY : dueDay;
        if (day < 1 || day > 28) {
            throw new InvalidInputException("schedule.bad-due-day", "dueDay", day);
        }
        if (closesAfterDays != null && (closesAfterDays < 0 || closesAfterDays > 365)) {
            throw new InvalidInputException("schedule.bad-closing", "closesAfterDays", closesAfterDays);
        }
        schedules.save(ward.id().value(), unit.id().value(), type.name(), day, closesAfterDays);
        Schedule saved = new Schedule(unitCode, type, day, closesAfterDays);
        events.publishEvent(ChangeRecorded.updated("report_schedule", ward.code() + "/" + unitCode + "/" + type,
                ward, null, saved));
        return saved;
    }

    /** The day a unit's report of the period is due. */
    LocalDate due(long unitId, ReportingPeriod period) {
        int day = schedules.find(unitId, period.kind().name()).map(ReportScheduleRepository.ScheduleRow::dueDay)
                .orElse(DEFAULT_DUE_DAY);
        return period.to().plusDays(1).withDayOfMonth(day);
    }

    /** The last day values may be entered, or null when entry never closes by date. */
    LocalDate closes(long unitId, ReportingPeriod period) {
        return schedules.find(unitId, period.kind().name())
                .filter(s -> s.closesAfterDays() != null)
                .map(s -> period.to().plusDays(1).withDayOfMonth(s.dueDay()).plusDays(s.closesAfterDays()))
                .orElse(null);
    }
}
