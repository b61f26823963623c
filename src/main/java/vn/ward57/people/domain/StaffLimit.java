package vn.ward57.people.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.ward57.common.VietnameseFormat;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.StaffingService;
import vn.ward57.org.Ward;
import vn.ward57.people.StaffMember;

/**
 * How many of the ward's staff could have attended an event on a day, so that a STAFF count above
 * it is refused. It is the larger of the staff in post on the staff list that day and the staffing
 * (biên chế có mặt) of that year: a ward that has not yet typed its whole staff list must still be
 * able to record an event its 50 staff attended, and a staffing figure not yet updated for a new
 * recruit must not refuse a count the list proves. Either source alone would refuse true counts.
 */
@Component
class StaffLimit {

    private final StaffMemberRepository staff;
    private final StaffingService staffing;

    StaffLimit(StaffMemberRepository staff, StaffingService staffing) {
        this.staff = staff;
        this.staffing = staffing;
    }

    long on(Ward ward, LocalDate day) {
        long listed = staff.countInPost(ward.id().value(), day);
        long filled = staffing.summary(ward, day.getYear()).filled();
        return Math.max(listed, filled);
    }

    /**
     * The limit of each day asked, for a file of many events: the staff list is read once and each year's
     * staffing once, not two queries per day.
     */
    Function<LocalDate, Long> days(Ward ward) {
        List<StaffMember> listed = staff.find(ward.id().value(), null, null, null).stream()
                .map(r -> r.member(ward.code())).toList();
        Map<Integer, Long> filled = new HashMap<>();
        Map<LocalDate, Long> limits = new HashMap<>();
        return day -> limits.computeIfAbsent(day, d -> Math.max(
                listed.stream().filter(s -> s.inPostOn(d)).count(),
                filled.computeIfAbsent(d.getYear(), year -> staffing.summary(ward, year).filled())));
    }

    /** Refuses a STAFF count over the limit of the event's day (field participants). */
    void check(Ward ward, LocalDate day, Long staffCount) {
        if (staffCount == null || staffCount == 0) {
            return;
        }
        long limit = on(ward, day);
        if (staffCount > limit) {
            throw new InvalidInputException("training.staff-over-in-post", "participants", staffCount,
                    VietnameseFormat.date(day), limit);
        }
    }
}
