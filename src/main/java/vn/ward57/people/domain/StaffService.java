package vn.ward57.people.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Texts;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.DatabaseConstraint;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.people.Programme;
import vn.ward57.people.StaffMember;
import vn.ward57.people.StaffMemberForm;

/**
 * The ward's staff list (cán bộ, công chức): who is in post in which unit and since when. A person belongs to
 * their unit: a unit officer keeps their own unit's people, the ward's other officers, leaders and admins
 * everyone's; everyone of the ward reads it. Wards given here were read-checked by whoever resolved them.
 */
@Service
@Transactional(readOnly = true)
public class StaffService {

    private final OrgLookup org;
    private final StaffMemberRepository staff;
    private final TrainingAttendanceRepository attendance;
    private final VersionedRecords.Kind<StaffMember> records;
    private final WardAccess access;

    StaffService(OrgLookup org, StaffMemberRepository staff, TrainingAttendanceRepository attendance,
                 VersionedRecords versioned, WardAccess access) {
        this.org = org;
        this.staff = staff;
        this.attendance = attendance;
        this.records = versioned.of("staff_member", StaffMember::version);
        this.access = access;
    }

    /** Narrows the list: a unit's code, text in the name, position or note, in post on a day. */
    public record Filter(String unit, String q, LocalDate inPostOn) {

        public Filter {
            unit = Texts.blankToNull(unit);
            q = Texts.blankToNull(q);
        }
    }

    /** An event a staff member attended. */
    public record Attended(long trainingEventId, LocalDate heldOn, String title, Programme programme) {
    }

    public List<StaffMember> list(Ward ward, Filter filter) {
        Long unitId = null;
        if (filter.unit() != null) {
            unitId = org.unit(ward.id(), filter.unit()).map(u -> u.id().value()).orElse(-1L);
        }
        return staff.find(ward.id().value(), unitId, filter.q(), filter.inPostOn()).stream()
                .map(r -> r.member(ward.code())).toList();
    }

    public StaffMember get(Ward ward, long id) {
        return staff.find(id).filter(r -> r.wardId() == ward.id().value())
                .orElseThrow(() -> new NotFoundException("staff.not-found", null, String.valueOf(id)))
                .member(ward.code());
    }

    public List<Attended> attended(Ward ward, long id) {
        get(ward, id);
        return attendance.attendedBy(id).stream().map(a -> new Attended(a.trainingEventId(), a.heldOn(), a.title(),
                Programme.valueOf(a.programme()))).toList();
    }

    /** A unit officer who names no unit is checked for their own, so that they are told the unit is missing. */
    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #form?.unit() ?: @access.ownUnit())")
    public StaffMember create(Ward ward, StaffMemberForm form) {
        long id = staff.insert(ward.id().value(), values(ward, form));
        return records.created(ward, id, get(ward, id));
    }

    /**
     * The unit the person moves to (the annotation) and the one they are in now (after reading them) must both
     * be the user's to keep. version: the one the person read (null: any); an entry changed since is refused
     * (409, who and when).
     */
    @Transactional
    @PreAuthorize("@access.editUnit(#ward, #form?.unit() ?: @access.ownUnit())")
    public StaffMember update(Ward ward, long id, StaffMemberForm form, Long version) {
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
        records.written(id, staff.update(id, before.version(), row));
        return records.updated(ward, id, before, get(ward, id));
    }

    /** Refused for someone with recorded attendance: ending their time in post keeps the history. */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public void delete(Ward ward, long id, Long version) {
        StaffMember member = locked(ward, id, version);
        DatabaseConstraint.check(() -> records.written(id, staff.delete(id, member.version())));
        records.deleted(ward, id, member);
    }

    /**
     * The entry as it stands, its row locked until the change commits, if the user keeps its unit and read
     * this version.
     */
    private StaffMember locked(Ward ward, long id, Long version) {
        staff.lock(ward.id().value(), id);
        StaffMember now = get(ward, id);
        access.editUnit(ward, now.unitCode());
        return records.checked(id, version, now);
    }

    /** The row to write, once the form's rules hold and its unit is one of the ward's. */
    private StaffMemberRepository.Values values(Ward ward, StaffMemberForm form) {
        form.check();
        Unit unit = org.unit(ward.id(), form.unit())
                .orElseThrow(() -> new InvalidInputException("staff.unit-unknown", "unit", form.unit()));
        return new StaffMemberRepository.Values(unit.id().value(), form.fullName(), form.position(),
                form.inPostFrom(), form.inPostTo(), form.note());
    }
}
