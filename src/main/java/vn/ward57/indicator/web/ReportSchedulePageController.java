package vn.ward57.indicator.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.ReportingPeriod;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.common.error.Ward57Exception;
import vn.ward57.common.web.Messages;
import vn.ward57.indicator.ReportSchedules;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** When each unit's reports of a period type are due and when their entry closes; the ward's managers change it. */
@Controller
class ReportSchedulePageController {

    private final WardAccess access;
    private final ReportSchedules schedules;
    private final Messages messages;

    ReportSchedulePageController(WardAccess access, ReportSchedules schedules, Messages messages) {
        this.access = access;
        this.schedules = schedules;
        this.messages = messages;
    }

    @GetMapping("/wards/{wardCode}/report-schedules")
    String schedules(Ward ward, @RequestParam(defaultValue = "MONTH") String type, Model model) {
        ReportingPeriod.Kind periodType = periodType(type);
        model.addAttribute("ward", ward);
        model.addAttribute("type", periodType);
        model.addAttribute("types", ReportingPeriod.Kind.values());
        model.addAttribute("schedules", schedules.ofUnits(ward, periodType));
        model.addAttribute("canManage", access.canManage(ward));
        return "indicator/schedules";
    }

    @PostMapping("/wards/{wardCode}/report-schedules/{unitCode}/{type}")
    String set(Ward ward, @PathVariable String unitCode, @PathVariable String type,
               @RequestParam(required = false) String dueDay, @RequestParam(required = false) String closesAfterDays,
               RedirectAttributes redirect) {
        try {
            schedules.set(ward, unitCode, periodType(type), whole(dueDay, "dueDay"),
                    whole(closesAfterDays, "closesAfterDays"));
            redirect.addFlashAttribute("flash", messages.get("schedule.saved"));
        } catch (Ward57Exception e) {
            redirect.addFlashAttribute("flashError", messages.get(e));
        }
        return "redirect:/wards/" + ward.code() + "/report-schedules?type=" + type;
    }

    private static ReportingPeriod.Kind periodType(String type) {
        try {
            return ReportingPeriod.Kind.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("schedule.bad-type", "type", type);
        }
    }

    /** An empty field means "the default" (due day) or "never closes" (closing). */
    private static Integer whole(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("schedule.not-a-whole-number", field, text);
        }
    }
}
