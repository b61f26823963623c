package vn.ward57.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.people.Programme;
import vn.ward57.people.domain.TrainingAttendanceService;
import vn.ward57.people.TrainingEvent;
import vn.ward57.people.TrainingEventForm;
import vn.ward57.people.domain.TrainingEventService;
import vn.ward57.common.web.VersionedRegisterApi;
import vn.ward57.org.Ward;

/**
 * The training register: events with participants per target group ({"STAFF": 12, "RESIDENTS": 300})
 * and the staff who attended. Bodies are checked by the services after the access check.
 */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}/training-events")
@Tag(name = "Tập huấn, bồi dưỡng", description = "Training events, participants per group and staff attendance")
class TrainingEventApiController
        extends VersionedRegisterApi<Ward, TrainingEvent, TrainingEvent, TrainingEventForm> {

    private final TrainingEventService events;
    private final TrainingAttendanceService attendance;

    TrainingEventApiController(TrainingEventService events, TrainingAttendanceService attendance) {
        super(events::create, events::get, event -> event, events::update, events::delete, TrainingEvent::id,
                TrainingEvent::version);
        this.events = events;
        this.attendance = attendance;
    }

    /** The staff who attended, by their ids on the staff list. */
    record Attendance(List<Long> staffMemberIds) {
    }

    @GetMapping
    List<TrainingEvent> list(Ward ward,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) Programme programme,
                             @RequestParam(required = false) String q) {
        return events.list(ward, new TrainingEventService.Filter(from, to, programme, q));
    }

    @PutMapping("/{trainingEventId}/attendance")
    TrainingEvent attendance(Ward ward, @PathVariable long trainingEventId,
                             @RequestBody Attendance body) {
        return attendance.record(ward, trainingEventId, body.staffMemberIds());
    }
}
