package vn.ward57.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.security.Role;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.indicator.FormCompleteness;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.task.MyTasks;

@Controller
class HomeController {

    private final WardService wards;
    private final MyTasks myTasks;
    private final FormCompleteness forms;
    private final FeedbackStatsService feedback;

    HomeController(WardService wards, MyTasks myTasks, FormCompleteness forms, FeedbackStatsService feedback) {
        this.feedback = feedback;
        this.wards = wards;
        this.myTasks = myTasks;
        this.forms = forms;
    }

    /**
     * A ward leader lands on the ward's dashboard. A ward user lands on its own page: its ward and "việc của tôi" (tasks overdue or due within 7
     * days, the unit reports due within 7 days, overdue or returned, and the new feedback waiting). A province admin, who has no tasks of its own, goes to its provinces (or its only ward).
     */
    @GetMapping("/")
    String home(Model model) {
        Actor actor = CurrentActor.get();
        List<Ward> visible = wards.visible();
        if (actor.role() == Role.WARD_LEADER && !visible.isEmpty()) {
            // a leader's home is the ward's operations dashboard (issue 9)
            return "redirect:/wards/" + visible.getFirst().code() + "/dashboard";
        }
        if (!actor.isProvinceAdmin() && !visible.isEmpty()) {
            model.addAttribute("ward", visible.getFirst());
            model.addAttribute("myTasks", myTasks.of(actor, WardTime.today()));
            model.addAttribute("feedbackWaiting", feedback.waiting(visible.getFirst()));
            model.addAttribute("formsDue", forms.toDo(visible.getFirst(), WardTime.today().plusDays(7)));
            return "home";
        }
        return visible.size() == 1 ? "redirect:/wards/" + visible.getFirst().code() : "redirect:/provinces";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /**
     * The ward switcher's options, asked by htmx when the switcher is first used: the wards the user may open,
     * {@code current} (the page's ward) selected.
     */
    @GetMapping("/switch/wards")
    String switchOptions(@RequestParam(required = false) String current, Model model) {
        model.addAttribute("switchWards", wards.visible());
        model.addAttribute("current", current);
        return "fragments/dash :: switch-options";
    }

    /** The ward switcher in the header posts its choice here. */
    @GetMapping("/switch")
    String switchWard(@RequestParam String ward) {
        return "redirect:/wards/" + wards.get(ward).code();
    }
}
