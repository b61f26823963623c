package vn.ward57.people.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.Texts;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.WardTime;
import vn.ward57.common.database.VersionedRecords;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;
import vn.ward57.people.Programme;
import vn.ward57.people.TargetGroup;
import vn.ward57.people.TrainingEvent;
import vn.ward57.people.TrainingEventForm;
import vn.ward57.people.TrainingFormat;

/**
 * The training register (tập huấn, bồi dưỡng): events with participants per target group. An event belongs to
 * no unit (it gathers many units' staff), and every officer of the ward records the events: those who enter
 * the ward's data keep it. Wards given here were read-checked by whoever resolved them.
 */
@Service
@Transactional(readOnly = true)
public class TrainingEventService {

    private final TrainingEventRepository events;
    private final TrainingAttendanceRepository attendance;
    private final StaffMemberRepository staff;
    private final StaffLimit limit;
    private final VersionedRecords.Kind<TrainingEvent> records;

    TrainingEventService(TrainingEventRepository events, TrainingAttendanceRepository attendance,
                         StaffMemberRepository staff, StaffLimit limit, VersionedRecords versioned) {
        this.events = events;
        this.attendance = attendance;
        this.staff = staff;
        this.limit = limit;
        this.records = versioned.of("training_event", TrainingEvent::version);
    }

    /** Narrows the register: events held in [from, to], of a programme, with text in title, organiser or note. */
    public record Filter(LocalDate from, LocalDate to, Programme programme, String q) {

        public Filter {
            q = Texts.blankToNull(q);
        }
    }

    public List<TrainingEvent> list(Ward ward, Filter filter) {
        return assemble(ward, events.find(ward.id().value(), filter.from(), filter.to(),
                filter.programme() == null ? null : filter.programme().name(), filter.q()));
    }

    public TrainingEvent get(Ward ward, long id) {
        return assemble(ward, List.of(row(ward, id))).getFirst();
    }

    /** Events just written by an import, as their audit records them. */
    List<TrainingEvent> created(Ward ward, List<Long> ids) {
        return assemble(ward, events.find(ids));
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public TrainingEvent create(Ward ward, TrainingEventForm form) {
        form.check(WardTime.today());
        limit.check(ward, form.heldOn(), form.participants().get(TargetGroup.STAFF));
        long id = events.insert(ward.id().value(), values(form));
        events.setParticipants(ward.id().value(), id, counts(form));
        return records.created(ward, id, get(ward, id));
    }

    /**
     * Once attendance is recorded per person, the STAFF count is the number of attendees: a form
     * without a STAFF count keeps it, one with another number is refused (the list is what to change).
     */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public TrainingEvent update(Ward ward, long id, TrainingEventForm form, Long version) {
        TrainingEvent before = locked(ward, id, version);
        form.check(WardTime.today());
        if (!before.attendeeIds().isEmpty()) {
            long attendees = before.attendeeIds().size();
            Long typed = form.participants().get(TargetGroup.STAFF);
            if (typed != null && typed != attendees) {
                throw new InvalidInputException("training.staff-count-from-attendance", "participants", typed,
                        attendees);
            }
            form = form.withParticipants(TargetGroup.STAFF, attendees);
            form.check(WardTime.today());
            stillInPost(form.heldOn(), before.attendeeIds());
        }
        limit.check(ward, form.heldOn(), form.participants().get(TargetGroup.STAFF));
        records.written(id, events.update(id, before.version(), values(form)));
        events.setParticipants(ward.id().value(), id, counts(form));
        return records.updated(ward, id, before, get(ward, id));
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public void delete(Ward ward, long id, Long version) {
        TrainingEvent event = locked(ward, id, version);
        records.written(id, events.delete(id, event.version()));
        records.deleted(ward, id, event);
    }

    /** The event as it stands, its row locked until the change commits, if the person read this version. */
    private TrainingEvent locked(Ward ward, long id, Long version) {
        events.lock(ward.id().value(), id);
        TrainingEvent now = get(ward, id);
        return records.checked(id, version, now);
    }

    /** The event's row, if it is one of the ward's. */
    TrainingEventRepository.Row row(Ward ward, long id) {
        return events.find(id).filter(r -> r.wardId() == ward.id().value())
                .orElseThrow(() -> new NotFoundException("training.not-found", null, String.valueOf(id)));
    }

    /** A new date must still find every recorded attendee in post. */
    private void stillInPost(LocalDate day, List<Long> attendeeIds) {
        for (var member : staff.find(attendeeIds)) {
            if (!member.member(null).inPostOn(day)) {
                throw new InvalidInputException("training.attendee-not-in-post", "heldOn", member.fullName(),
                        VietnameseFormat.date(day));
            }
        }
    }

    static TrainingEventRepository.Values values(TrainingEventForm f) {
        return new TrainingEventRepository.Values(f.heldOn(), f.title(), f.organiser(), f.format().name(),
                f.programme().name(), f.certificatesIssued() == null ? 0 : f.certificatesIssued(), f.note());
    }

    static Map<String, Long> counts(TrainingEventForm f) {
        Map<String, Long> counts = new LinkedHashMap<>();
        f.participants().forEach((group, count) -> counts.put(group.name(), count));
        return counts;
    }

    private List<TrainingEvent> assemble(Ward ward, List<TrainingEventRepository.Row> rows) {
        List<Long> ids = rows.stream().map(TrainingEventRepository.Row::id).toList();
        Map<Long, Map<TargetGroup, Long>> participants = new HashMap<>();
        for (var p : events.participants(ids)) {
            participants.computeIfAbsent(p.trainingEventId(), k -> new EnumMap<>(TargetGroup.class))
                    .put(TargetGroup.valueOf(p.targetGroup()), p.participants());
        }
        Map<Long, List<Long>> attendees = new HashMap<>();
        for (var a : attendance.of(ids)) {
            attendees.computeIfAbsent(a.trainingEventId(), k -> new ArrayList<>()).add(a.staffMemberId());
        }
        return rows.stream().map(r -> {
            Map<TargetGroup, Long> counts = participants.getOrDefault(r.id(), new EnumMap<>(TargetGroup.class));
            return new TrainingEvent(r.id(), ward.code(), r.heldOn(), r.title(), r.organiser(),
                    TrainingFormat.valueOf(r.format()), Programme.valueOf(r.programme()), r.certificatesIssued(),
                    r.note(), counts, counts.values().stream().mapToLong(Long::longValue).sum(),
                    List.copyOf(attendees.getOrDefault(r.id(), List.of())), r.version());
        }).toList();
    }
}
