package vn.ward57.community.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.PageForms;
import vn.ward57.community.Criterion;
import vn.ward57.community.GroupAssessment;
import vn.ward57.community.domain.CriteriaService;
import vn.ward57.community.domain.DigitalGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/**
 * The "Tổ dân phố số" page: a period's grid of residential groups × criteria, each group's row saved
 * on its own (htmx swaps the row and refreshes the count), and the checklist kept by the managers.
 */
@Controller
@RequestMapping("/wards/{wardCode}/digital-groups")
class DigitalGroupPageController {

    static final String SAVED_EVENT = "digital-groups-saved";

    private final WardAccess access;
    private final CriteriaService criteria;
    private final DigitalGroupService groups;
    private final PageForms forms;

    DigitalGroupPageController(WardAccess access, CriteriaService criteria, DigitalGroupService groups,
                               PageForms forms) {
        this.access = access;
        this.criteria = criteria;
        this.groups = groups;
        this.forms = forms;
    }

    @GetMapping
    String page(Ward ward, @RequestParam(required = false) String period, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("grid", groups.grid(ward, period));
        model.addAttribute("allCriteria", criteria.list(ward));
        int year = WardTime.thisYear();
        model.addAttribute("periods", List.of(year + "S1", year + "S2", String.valueOf(year), (year - 1) + "S2",
                (year - 1) + "S1", String.valueOf(year - 1)));
        model.addAttribute("canEdit", access.canEnterData(ward));
        model.addAttribute("canManage", access.canManage(ward));
        return "community/digital-groups";
    }

    /** The count of groups meeting the checklist, fetched again after a row is saved. */
    @GetMapping("/summary")
    String summary(Ward ward, @RequestParam String period, Model model) {
        model.addAttribute("ward", ward);
        model.addAttribute("grid", groups.grid(ward, period));
        return "community/parts :: digital-summary";
    }

    /** One group's row: the boxes ticked are met, the others not; htmx gets the row back. */
    @PostMapping("/{groupCode}/{period}")
    String assess(Ward ward, @PathVariable String groupCode, @PathVariable String period,
                  @RequestParam(required = false) List<String> met, @RequestParam(required = false) String note,
                  Model model, HtmxRequest htmx, HtmxResponse htmxResponse, RedirectAttributes redirect) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        criteria.list(ward).stream().filter(Criterion::active)
                .forEach(c -> answers.put(c.code(), met != null && met.contains(c.code())));
        GroupAssessment saved = groups.assess(ward, groupCode, period, new GroupAssessment.Form(answers, note));
        if (!htmx.isHtmxRequest()) {
            forms.flash(redirect, "community.assessment-saved", saved.groupName());
            return back(ward, period);
        }
        model.addAttribute("ward", ward);
        model.addAttribute("g", saved);
        model.addAttribute("grid", groups.grid(ward, period));
        model.addAttribute("canEdit", true);
        htmxResponse.addTrigger(SAVED_EVENT);
        return "community/parts :: group-row";
    }

    @PostMapping("/criteria")
    String createCriterion(Ward ward, @RequestParam(required = false) String period,
                           @ModelAttribute Criterion.Form form, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> criteria.create(ward, form), redirect,
                "community.criterion-created", form.code());
        return back(ward, period);
    }

    @PostMapping("/criteria/{criterionId}")
    String updateCriterion(Ward ward, @PathVariable long criterionId, @RequestParam(required = false) String period,
                           @ModelAttribute Criterion.Form form, BindingResult errors, RedirectAttributes redirect) {
        // an unticked box is not sent: the form's "active" is then false, not "unchanged"
        Criterion.Form sent = new Criterion.Form(form.code(), form.name(), form.sortOrder(),
                Boolean.TRUE.equals(form.active()));
        forms.attemptAndRedirect(errors, () -> criteria.update(ward, criterionId, sent), redirect,
                "community.criterion-updated", form.code());
        return back(ward, period);
    }

    @PostMapping("/criteria/{criterionId}/delete")
    String deleteCriterion(Ward ward, @PathVariable long criterionId, @RequestParam(required = false) String period,
                           RedirectAttributes redirect) {
        forms.attemptAndRedirect(new MapBindingResult(new HashMap<>(), "c"),
                () -> criteria.delete(ward, criterionId), redirect, "community.criterion-deleted");
        return back(ward, period);
    }

    private static String back(Ward ward, String period) {
        return "redirect:/wards/" + ward.code() + "/digital-groups"
                + (period == null || period.isBlank() ? "" : "?period=" + UriUtils.encode(period, "UTF-8"));
    }
}
