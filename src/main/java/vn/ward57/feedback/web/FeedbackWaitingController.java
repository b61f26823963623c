package vn.ward57.feedback.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ward57.feedback.FeedbackStatsService;
import vn.ward57.org.Ward;

/**
 * The count of new feedback waiting for the acting officer, as a small fragment that any page (the main menu's
 * feedback entry) loads with htmx: {@code feedback/waiting :: loader(${w})} asks for it once the page is shown.
 */
@Controller
class FeedbackWaitingController {

    private final FeedbackStatsService stats;

    FeedbackWaitingController(FeedbackStatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/wards/{wardCode}/feedback/waiting")
    String waiting(Ward ward, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("waiting", stats.waiting(ward));
        return "feedback/waiting :: count";
    }
}
