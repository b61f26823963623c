package vn.ward57.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A training event of the register with its participants per target group (and their total) and
 * the ids of the ward's staff recorded as attending; when there are any, the STAFF count is their number.
 * version: raised by every change of the event's own fields (the API's ETag, the edit form's hidden field).
 */
public record TrainingEvent(long id, String wardCode, LocalDate heldOn, String title, String organiser,
                            TrainingFormat format, Programme programme, long certificatesIssued, String note,
                            Map<TargetGroup, Long> participants, long participantsTotal, List<Long> attendeeIds,
                            long version) {

    /** The count of a group by its name (for pages), null when the event recorded none. */
    public Long participantsOf(String group) {
        return participants.get(TargetGroup.valueOf(group));
    }

    public boolean attended(long staffMemberId) {
        return attendeeIds.contains(staffMemberId);
    }
}
