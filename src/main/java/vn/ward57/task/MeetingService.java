package vn.ward57.task;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.audit.ChangeRecorded;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;
import vn.ward57.task.domain.MeetingRepository;

/** The meetings register; tasks concluded at a meeting are assigned through {@link TaskService}. */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final WardService wards;
    private final MeetingRepository meetings;
    private final ApplicationEventPublisher events;

    MeetingService(WardService wards, MeetingRepository meetings, ApplicationEventPublisher events) {
        this.wards = wards;
        this.meetings = meetings;
        this.events = events;
    }

    public List<Meeting> list(String wardCode) {
        Ward ward = wards.get(wardCode);
        return meetings.findByWard(ward.id().value()).stream().map(r -> r.meeting(ward.code())).toList();
    }

    public Meeting get(long id) {
        var row = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting.not-found", null, id));
        return row.meeting(wardOf(id).code());
    }

    /** The ward a meeting belongs to, after checking that the current user may read it. */
    Ward wardOf(long meetingId) {
        var row = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("meeting.not-found", null, meetingId));
        return wards.get(new WardId(row.wardId()));
    }

    @Transactional
    public Meeting create(String wardCode, Meeting.Form form) {
        Ward ward = wards.get(wardCode);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        long id = meetings.insert(ward.id().value(), form);
        Meeting created = meetings.find(id).orElseThrow().meeting(ward.code());
        events.publishEvent(ChangeRecorded.created("meeting", String.valueOf(id), ward.provinceId(),
                ward.id().value(), created));
        return created;
    }
}
