package vn.ward57.task.domain;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.org.Ward;
import vn.ward57.task.Meeting;
import vn.ward57.task.domain.RecordWardRepository.Table;

/**
 * The meetings register, kept like the directives' by every officer of the ward; tasks concluded at a meeting
 * are assigned through {@link TaskService}.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final RecordWards recordWards;
    private final MeetingRepository meetings;
    private final ApplicationEventPublisher events;

    MeetingService(RecordWards recordWards, MeetingRepository meetings, ApplicationEventPublisher events) {
        this.recordWards = recordWards;
        this.meetings = meetings;
        this.events = events;
    }

    /** The ward of a meeting, if the user may read it: 404 for no such meeting, 403 for another ward's. */
    public Ward wardOf(long meetingId) {
        return recordWards.of(Table.MEETING, meetingId, "meeting.not-found");
    }

    public List<Meeting> list(Ward ward) {
        return meetings.findByWard(ward.id().value()).stream().map(r -> r.meeting(ward.code())).toList();
    }

    public Meeting get(Ward ward, long id) {
        return meetings.find(ward.id().value(), id).map(r -> r.meeting(ward.code()))
                .orElseThrow(() -> new NotFoundException("meeting.not-found", null, id));
    }

    @Transactional
    @PreAuthorize("@access.enterData(#ward)")
    public Meeting create(Ward ward, Meeting.Form form) {
        long id = meetings.insert(ward.id().value(), form);
        Meeting created = get(ward, id);
        events.publishEvent(ChangeRecorded.created("meeting", String.valueOf(id), ward, created));
        return created;
    }
}
