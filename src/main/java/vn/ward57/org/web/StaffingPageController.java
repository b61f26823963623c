package vn.ward57.org.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.StaffingForm;
import vn.ward57.org.StaffingService;
import vn.ward57.org.Ward;

/** Biên chế of every unit of a ward for a year, edited row by row. */
@Controller
@RequestMapping("/wards/{wardCode}/staffing")
class StaffingPageController {

    private static final String PAGE = "org/staffing";

    private final StaffingService staffing;
    private final PageForms forms;

    StaffingPageController(StaffingService staffing, PageForms forms) {
        this.staffing = staffing;
        this.forms = forms;
    }

    @GetMapping
    String page(Ward ward, @RequestParam(required = false) Integer year, Model model, HtmxRequest htmx) {
        fill(model, ward, year == null ? WardTime.thisYear() : year);
        return htmx.isHtmxRequest() ? PAGE + " :: table" : PAGE;
    }

    @PostMapping("/{year}/{unitCode}")
    String set(Ward ward, @PathVariable int year, @PathVariable String unitCode,
               @Valid StaffingForm form, BindingResult errors, Model model, HttpServletRequest request,
               RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> staffing.set(ward, unitCode, year, form));
        fill(model, ward, year);
        if (!done) {
            model.addAttribute("flashError", unitCode + ": " + forms.summary(errors));
        }
        return forms.respond(done, "staffing.saved", request, model, redirect, PAGE, "table",
                "/wards/" + ward.code() + "/staffing?year=" + year, unitCode);
    }

    private void fill(Model model, Ward ward, int year) {
        model.addAttribute("ward", ward);
        model.addAttribute("year", year);
        model.addAttribute("summary", staffing.summary(ward, year));
    }
}
