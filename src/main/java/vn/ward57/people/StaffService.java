package vn.ward57.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.people.domain.StaffMemberRepository;
import vn.ward57.people.domain.TrainingAttendanceRepository;
import vn.ward57.common.audit.RecordVersions;

/**
 * The ward's staff list (cán bộ, công chức): who is in post in which unit and since when. Its
 * managers (leaders, officers of the whole ward, admins) change it; everyone of the ward reads it.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

    private final WardService wards;
    private final OrgLookup org;
    private final StaffMemberRepository staff;
    private final TrainingAttendanceRepository attendance;
    private final ApplicationEventPublisher events;
    private final RecordVersions versions;

    StaffService(WardService wards, OrgLookup org, StaffMemberRepository staff, TrainingAttendanceRepository attendance,
                 ApplicationEventPublisher events, RecordVersions versions) {
        this.versions = versions;
        this.wards = wards;
        this.org = org;
        this.staff = staff;
        this.attendance = attendance;
        this.events = events;
    }

    /** Narrows the list: a unit's code, text in the name, position or note, in post on a day. */
    public record Filter(String unit, String q, LocalDate inPostOn) {

        public Filter {
            unit = unit == null || unit.isBlank() ? null : unit.strip();
            q = q == null || q.isBlank() ? null : q.strip();
        }
    }

    /** An event a staff member attended. */
    public record Attended(long trainingEventId, LocalDate heldOn, String title, Programme programme) {
    }

    public List<StaffMember> list(String wardCode, Filter filter) {
        Ward ward = wards.get(wardCode);
        Long unitId = null;
        if (filter.unit() != null) {
            unitId = org.unit(ward.id(), filter.unit()).map(u -> u.id().value()).orElse(-1L);
        }
        return staff.find(ward.id().value(), unitId, filter.q(), filter.inPostOn()).stream()
                .map(r -> r.member(ward.code())).toList();
    }

    public StaffMember get(String wardCode, long id) {
        Ward ward = wards.get(wardCode);
        return staff.find(id).filter(r -> r.wardId() == ward.id().value())
                .orElseThrow(() -> new NotFoundException("staff.not-found", null, String.valueOf(id)))
                .member(ward.code());
    }

    public List<Attended> attended(String wardCode, long id) {
        get(wardCode, id);
        return attendance.attendedBy(id).stream().map(a -> new Attended(a.trainingEventId(), a.heldOn(), a.title(),
                Programme.valueOf(a.programme()))).toList();
    }

    @Transactional
    public StaffMember create(String wardCode, StaffMemberForm form) {
        Ward ward = manageable(wardCode);
        long id = staff.insert(ward.id().value(), values(ward, form));
        StaffMember created = get(wardCode, id);
        events.publishEvent(ChangeRecorded.created("staff_member", String.valueOf(id), ward.provinceId(),
                ward.id().value(), created));
        return created;
    }

    /** version: the one the person read (null: any); an entry changed since is refused (409, who and when). */
    @Transactional
    public StaffMember update(String wardCode, long id, StaffMemberForm form, Long version) {
        Ward ward = manageable(wardCode);
        StaffMember before = locked(ward, id, version);
        var row = values(ward, form);
        // the events already recorded as attended must stay within the new time in post
        for (var event : attendance.attendedBy(id)) {
            boolean early = event.heldOn().isBefore(form.inPostFrom());
            if (early || (form.inPostTo() != null && !form.inPostTo().isAfter(event.heldOn()))) {
                throw new InvalidInputException("staff.attended-outside-post", early ? "inPostFrom" : "inPostTo",
                        event.title(), VietnameseFormat.date(event.heldOn()));
            }
        }
        if (!staff.update(id, before.version(), row)) {
            throw versions.stale("staff_member", String.valueOf(id), null, null);
        }
        StaffMember after = get(wardCode, id);
        events.publishEvent(ChangeRecorded.updated("staff_member", String.valueOf(id), ward.provinceId(),
                ward.id().value(), before, after));
        return after;
    }

    /** Refused for someone with recorded attendance: ending their time in post keeps the history. */
    @Transactional
    public void delete(String wardCode, long id, Long version) {
        Ward ward = manageable(wardCode);
        StaffMember member = locked(ward, id, version);
        DatabaseConstraint.check(() -> {
            if (!staff.delete(id, member.version())) {
                throw versions.stale("staff_member", String.valueOf(id), null, null);
            }
        });
        events.publishEvent(ChangeRecorded.deleted("staff_member", String.valueOf(id), ward.provinceId(),
                ward.id().value(), member));
    }

    /** The entry as it stands, its row locked until the change commits, if the person read this version. */
    private StaffMember locked(Ward ward, long id, Long version) {
        staff.lock(ward.id().value(), id);
        StaffMember now = get(ward.code(), id);
        versions.check("staff_member", String.valueOf(id), version, now.version(), now);
        return now;
    }

    Ward manageable(String wardCode) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireManageWard(ward.provinceCode(), ward.code());
        return ward;
    }

    /** The row to write, once the form's rules hold and its unit is one of the ward's. */
    StaffMemberRepository.Values values(Ward ward, StaffMemberForm form) {
        form.check();
        Unit unit = org.unit(ward.id(), form.unit())
                .orElseThrow(() -> new InvalidInputException("staff.unit-unknown", "unit", form.unit()));
        return new StaffMemberRepository.Values(unit.id().value(), form.fullName(), form.position(),
                form.inPostFrom(), form.inPostTo(), form.note());
    }
}
