package vn.ward57.people.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.Ward;
import vn.ward57.people.TargetGroup;
import vn.ward57.people.TrainingEvent;

/**
 * Who of the ward's staff attended an event. Saving the list also sets the event's STAFF count to
 * the number on it, so the two never disagree; an empty list leaves a STAFF count of 0.
 */
@Service
@Transactional(readOnly = true)
public class TrainingAttendanceService {

    private final TrainingEventService events;
    private final TrainingEventRepository eventRows;
    private final TrainingAttendanceRepository attendance;
    private final StaffMemberRepository staff;
    private final ApplicationEventPublisher publisher;

    TrainingAttendanceService(TrainingEventService events, TrainingEventRepository eventRows,
                              TrainingAttendanceRepository attendance, StaffMemberRepository staff,
                              ApplicationEventPublisher publisher) {
        this.events = events;
        this.eventRows = eventRows;
        this.attendance = attendance;
        this.staff = staff;
        this.publisher = publisher;
    }

    /** Replaces the list: each id must name a staff member of the ward in post on the event's day. */
    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public TrainingEvent record(Ward ward, long eventId, List<Long> staffMemberIds) {
        TrainingEvent before = events.get(ward, eventId);
        if (staffMemberIds == null) {
            throw new InvalidInputException("training.attendees-required", "staffMemberIds");
        }
        Set<Long> ids = new LinkedHashSet<>(staffMemberIds);
        ids.remove(null);
        Map<Long, StaffMemberRepository.Row> found = staff.find(ids).stream()
                .collect(Collectors.toMap(StaffMemberRepository.Row::id, Function.identity()));
        for (Long id : ids) {
            var member = found.get(id);
            if (member == null || member.wardId() != ward.id().value()) {
                throw new InvalidInputException("training.attendee-unknown", "staffMemberIds", String.valueOf(id));
            }
            if (!member.member(ward.code()).inPostOn(before.heldOn())) {
                throw new InvalidInputException("training.attendee-not-in-post", "staffMemberIds", member.fullName(),
                        VietnameseFormat.date(before.heldOn()));
            }
        }
        attendance.replace(ward.id().value(), eventId, ids);
        eventRows.setParticipants(ward.id().value(), eventId, TargetGroup.STAFF.name(), ids.size());
        TrainingEvent after = events.get(ward, eventId);
        if (after.certificatesIssued() > after.participantsTotal()) {
            throw new InvalidInputException("training.certificates-over-participants", "staffMemberIds",
                    after.certificatesIssued(), after.participantsTotal());
        }
        publisher.publishEvent(ChangeRecorded.updated("training_attendance", String.valueOf(eventId),
                ward, new ArrayList<>(before.attendeeIds()), after.attendeeIds()));
        return after;
    }
}
