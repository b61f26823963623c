package vn.ward57.task.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.task.Meeting;
import vn.ward57.task.MeetingService;
import vn.ward57.task.TaskForm;
import vn.ward57.task.TaskService;

/** The meetings register and a meeting with the tasks its conclusions assign. */
@Controller
class MeetingPageController {

    private final WardService wards;
    private final OrgLookup org;
    private final MeetingService meetings;
    private final TaskService tasks;
    private final PageForms forms;

    MeetingPageController(WardService wards, OrgLookup org, MeetingService meetings, TaskService tasks,
                          PageForms forms) {
        this.wards = wards;
        this.org = org;
        this.meetings = meetings;
        this.tasks = tasks;
        this.forms = forms;
    }

    @GetMapping("/wards/{wardCode}/meetings")
    String list(@PathVariable String wardCode, Model model) {
        Ward ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("meetings", meetings.list(wardCode));
        model.addAttribute("kinds", Meeting.Kind.values());
        model.addAttribute("canEdit", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return "task/meetings";
    }

    @PostMapping("/wards/{wardCode}/meetings")
    String create(@PathVariable String wardCode, @Valid Meeting.Form form, BindingResult errors,
                  RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> meetings.create(wardCode, form), redirect, "meeting.created");
        return "redirect:/wards/" + wardCode + "/meetings";
    }

    @GetMapping("/meetings/{meetingId}")
    String meeting(@PathVariable long meetingId, Model model) {
        Meeting meeting = meetings.get(meetingId);
        Ward ward = wards.get(meeting.wardCode());
        model.addAttribute("ward", ward);
        model.addAttribute("meeting", meeting);
        model.addAttribute("tasks", tasks.list(ward.code(), WardTime.today(),
                new TaskService.Filter(null, meetingId, null, null, null, null)));
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("canEdit", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return "task/meeting";
    }

    @PostMapping("/meetings/{meetingId}/tasks")
    String assign(@PathVariable long meetingId, @Valid TaskForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> tasks.assignByMeeting(meetingId, form), redirect,
                "task.assigned", form.code());
        return "redirect:/meetings/" + meetingId;
    }
}
