package vn.ward57.task.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitNames;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.task.Meeting;
import vn.ward57.task.domain.MeetingService;
import vn.ward57.task.TaskForm;
import vn.ward57.task.TaskService;

/** The meetings register and a meeting with the tasks its conclusions assign. */
@Controller
class MeetingPageController {

    private final WardAccess access;
    private final OrgLookup org;
    private final MeetingService meetings;
    private final TaskService tasks;
    private final PageForms forms;

    MeetingPageController(WardAccess access, OrgLookup org, MeetingService meetings, TaskService tasks,
                          PageForms forms) {
        this.access = access;
        this.org = org;
        this.meetings = meetings;
        this.tasks = tasks;
        this.forms = forms;
    }

    @GetMapping("/wards/{wardCode}/meetings")
    String list(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("meetings", meetings.list(ward));
        model.addAttribute("kinds", Meeting.Kind.values());
        model.addAttribute("canEdit", access.canEnterData(ward));
        return "task/meetings";
    }

    @PostMapping("/wards/{wardCode}/meetings")
    String create(Ward ward, @Valid Meeting.Form form, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> meetings.create(ward, form), redirect, "meeting.created");
        return "redirect:/wards/" + ward.code() + "/meetings";
    }

    @GetMapping("/meetings/{meetingId}")
    String meeting(@PathVariable long meetingId, Model model) {
        Ward ward = meetings.wardOf(meetingId);
        model.addAttribute("ward", ward);
        model.addAttribute("meeting", meetings.get(ward, meetingId));
        model.addAttribute("tasks", tasks.list(ward, WardTime.today(),
                new TaskService.Filter(null, meetingId, null, null, null, null)));
        List<Unit> wardUnits = org.units(ward.id());
        model.addAttribute("units", wardUnits);
        model.addAttribute("unitNames", UnitNames.of(wardUnits));
        model.addAttribute("canEdit", access.canEnterData(ward));
        return "task/meeting";
    }

    @PostMapping("/meetings/{meetingId}/tasks")
    String assign(@PathVariable long meetingId, @Valid TaskForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        Ward ward = meetings.wardOf(meetingId);
        forms.attemptAndRedirect(errors, () -> tasks.assignByMeeting(ward, meetingId, form), redirect,
                "task.assigned", form.code());
        return "redirect:/meetings/" + meetingId;
    }
}
