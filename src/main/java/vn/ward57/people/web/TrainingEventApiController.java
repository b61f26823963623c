package vn.ward57.people.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.web.IfMatch;
import vn.ward57.org.Ward;
import vn.ward57.people.Programme;
import vn.ward57.people.TrainingEvent;
import vn.ward57.people.TrainingEventForm;
import vn.ward57.people.domain.TrainingAttendanceService;
import vn.ward57.people.domain.TrainingEventService;

/**
 * The training register: events with participants per target group ({"STAFF": 12, "RESIDENTS": 300})
 * and the staff who attended. Bodies are checked by the services after the access check.
 */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}/training-events")
@Tag(name = "Tập huấn, bồi dưỡng", description = "Training events, participants per group and staff attendance")
class TrainingEventApiController {

    private final TrainingEventService events;
    private final TrainingAttendanceService attendance;

    TrainingEventApiController(TrainingEventService events, TrainingAttendanceService attendance) {
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

    @PostMapping
    ResponseEntity<TrainingEvent> create(Ward ward, @RequestBody TrainingEventForm form) {
        TrainingEvent created = events.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/training-events/" + created.id()))
                .body(created);
    }

    /** The event with its version as ETag: sent back in If-Match, a change of an event changed since is refused. */
    @GetMapping("/{trainingEventId}")
    ResponseEntity<TrainingEvent> get(Ward ward, @PathVariable long trainingEventId) {
        return versioned(events.get(ward, trainingEventId));
    }

    @PutMapping("/{trainingEventId}")
    ResponseEntity<TrainingEvent> update(Ward ward, @PathVariable long trainingEventId,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         @RequestBody TrainingEventForm form) {
        return versioned(events.update(ward, trainingEventId, form, IfMatch.version(ifMatch)));
    }

    @DeleteMapping("/{trainingEventId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long trainingEventId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        events.delete(ward, trainingEventId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<TrainingEvent> versioned(TrainingEvent event) {
        return ResponseEntity.ok().eTag(String.valueOf(event.version())).body(event);
    }

    @PutMapping("/{trainingEventId}/attendance")
    TrainingEvent attendance(Ward ward, @PathVariable long trainingEventId,
                             @RequestBody Attendance body) {
        return attendance.record(ward, trainingEventId, body.staffMemberIds());
    }
}
