package vn.ward57.task.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.WardTime;
import vn.ward57.org.Ward;
import vn.ward57.task.Meeting;
import vn.ward57.task.domain.MeetingService;
import vn.ward57.task.Task;
import vn.ward57.task.TaskForm;
import vn.ward57.task.TaskService;

@RestController
@Tag(name = "Cuộc họp", description = "The meetings register and the tasks its conclusions assign")
class MeetingApiController {

    private final MeetingService meetings;
    private final TaskService tasks;

    MeetingApiController(MeetingService meetings, TaskService tasks) {
        this.meetings = meetings;
        this.tasks = tasks;
    }

    @GetMapping("/api/v1/wards/{wardCode}/meetings")
    List<Meeting> list(Ward ward) {
        return meetings.list(ward);
    }

    @PostMapping("/api/v1/wards/{wardCode}/meetings")
    ResponseEntity<Meeting> create(Ward ward, @Valid @RequestBody Meeting.Form form) {
        Meeting created = meetings.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/meetings/{meetingId}")
    Meeting get(@PathVariable long meetingId) {
        return meetings.get(meetings.wardOf(meetingId), meetingId);
    }

    @GetMapping("/api/v1/meetings/{meetingId}/tasks")
    List<Task> tasks(@PathVariable long meetingId) {
        return tasks.list(meetings.wardOf(meetingId), WardTime.today(),
                new TaskService.Filter(null, meetingId, null, null, null, null));
    }

    @PostMapping("/api/v1/meetings/{meetingId}/tasks")
    ResponseEntity<Task> assign(@PathVariable long meetingId, @Valid @RequestBody TaskForm form) {
        Task created = tasks.assignByMeeting(meetings.wardOf(meetingId), meetingId, form);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())).body(created);
    }
}
