package vn.ward57.feedback.web;

import java.util.HashMap;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.web.PageForms;
import vn.ward57.feedback.Feedback;
import vn.ward57.feedback.domain.FeedbackPublishing;
import vn.ward57.org.Ward;

/** The buttons "Công khai" and "Thôi công khai" of an item's page. */
@Controller
@RequestMapping("/wards/{wardCode}/feedback/{feedbackId}")
class FeedbackPublishController {

    private final FeedbackPublishing publishing;
    private final PageForms forms;

    FeedbackPublishController(FeedbackPublishing publishing, PageForms forms) {
        this.publishing = publishing;
        this.forms = forms;
    }

    @PostMapping("/publish")
    String publish(Ward ward, @PathVariable long feedbackId, RedirectAttributes redirect) {
        return change(ward, feedbackId, true, redirect);
    }

    @PostMapping("/unpublish")
    String unpublish(Ward ward, @PathVariable long feedbackId, RedirectAttributes redirect) {
        return change(ward, feedbackId, false, redirect);
    }

    private String change(Ward ward, long feedbackId, boolean shown, RedirectAttributes redirect) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "feedback");
        Optional<Feedback> item = forms.save(errors, () -> publishing.publish(ward, feedbackId, shown));
        if (item.isPresent()) {
            forms.flash(redirect, shown ? "feedback.published" : "feedback.unpublished", item.get().code());
        } else {
            redirect.addFlashAttribute("flashError", forms.summary(errors));
        }
        return "redirect:/wards/" + ward.code() + "/feedback/" + feedbackId;
    }
}
