package vn.ward57.community.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.PageForms;
import vn.ward57.community.CriteriaService;
import vn.ward57.community.Criterion;
import vn.ward57.community.DigitalGroupGrid;
import vn.ward57.community.DigitalGroupService;
import vn.ward57.community.GroupAssessment;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The "Tổ dân phố số" page: a period's grid of residential groups × criteria, each group's row saved
 * on its own (htmx swaps the row and refreshes the count), and the checklist kept by the managers.
 */
@Controller
@RequestMapping("/wards/{wardCode}/digital-groups")
class DigitalGroupPageController {

    static final String SAVED_EVENT = "digital-groups-saved";

    private final WardService wards;
    private final CriteriaService criteria;
    private final DigitalGroupService groups;
    private final PageForms forms;

    DigitalGroupPageController(WardService wards, CriteriaService criteria, DigitalGroupService groups,
                               PageForms forms) {
        this.wards = wards;
        this.criteria = criteria;
        this.groups = groups;
        this.forms = forms;
    }

    @GetMapping
    String page(@PathVariable String wardCode, @RequestParam(required = false) String period, Model model) {
        Ward ward = wards.get(wardCode);
        DigitalGroupGrid grid = groups.grid(wardCode, period);
        Actor actor = CurrentActor.get();
        model.addAttribute("ward", ward);
        model.addAttribute("grid", grid);
        model.addAttribute("allCriteria", criteria.list(wardCode));
        int year = vn.ward57.common.WardTime.thisYear();
        model.addAttribute("periods", List.of(year + "S1", year + "S2", String.valueOf(year), (year - 1) + "S2",
                (year - 1) + "S1", String.valueOf(year - 1)));
        model.addAttribute("canEdit", actor.canEnterData(ward.provinceCode(), ward.code()));
        model.addAttribute("canManage", actor.canManageWard(ward.provinceCode(), ward.code()));
        return "community/digital-groups";
    }

    /** The count of groups meeting the checklist, fetched again after a row is saved. */
    @GetMapping("/summary")
    String summary(@PathVariable String wardCode, @RequestParam String period, Model model) {
        model.addAttribute("ward", wards.get(wardCode));
        model.addAttribute("grid", groups.grid(wardCode, period));
        return "community/parts :: digital-summary";
    }

    /** One group's row: the boxes ticked are met, the others not; htmx gets the row back. */
    @PostMapping("/{groupCode}/{period}")
    String assess(@PathVariable String wardCode, @PathVariable String groupCode, @PathVariable String period,
                  @RequestParam(required = false) List<String> met, @RequestParam(required = false) String note,
                  Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        criteria.list(wardCode).stream().filter(Criterion::active)
                .forEach(c -> answers.put(c.code(), met != null && met.contains(c.code())));
        GroupAssessment saved = groups.assess(wardCode, groupCode, period, new GroupAssessment.Form(answers, note));
        if (!Htmx.isHtmx(request)) {
            forms.flash(redirect, "community.assessment-saved", saved.groupName());
            return "redirect:/wards/" + wardCode + "/digital-groups?period=" + UriUtils.encode(period, "UTF-8");
        }
        Ward ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("g", saved);
        model.addAttribute("grid", groups.grid(wardCode, period));
        model.addAttribute("canEdit", true);
        response.setHeader("HX-Trigger", SAVED_EVENT);
        return "community/parts :: group-row";
    }

    @PostMapping("/criteria")
    String createCriterion(@PathVariable String wardCode, @RequestParam(required = false) String period,
                           @ModelAttribute Criterion.Form form, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> criteria.create(wardCode, form), redirect,
                "community.criterion-created", form.code());
        return back(wardCode, period);
    }

    @PostMapping("/criteria/{criterionId}")
    String updateCriterion(@PathVariable String wardCode, @PathVariable long criterionId,
                           @RequestParam(required = false) String period, @ModelAttribute Criterion.Form form,
                           BindingResult errors, RedirectAttributes redirect) {
        // an unticked box is not sent: the form's "active" is then false, not "unchanged"
        Criterion.Form sent = new Criterion.Form(form.code(), form.name(), form.sortOrder(),
                Boolean.TRUE.equals(form.active()));
        forms.attemptAndRedirect(errors, () -> criteria.update(wardCode, criterionId, sent), redirect,
                "community.criterion-updated", form.code());
        return back(wardCode, period);
    }

    @PostMapping("/criteria/{criterionId}/delete")
    String deleteCriterion(@PathVariable String wardCode, @PathVariable long criterionId,
                           @RequestParam(required = false) String period, RedirectAttributes redirect) {
        forms.attemptAndRedirect(new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "c"),
                () -> criteria.delete(wardCode, criterionId), redirect, "community.criterion-deleted");
        return back(wardCode, period);
    }

    private static String back(String wardCode, String period) {
        return "redirect:/wards/" + wardCode + "/digital-groups"
                + (period == null || period.isBlank() ? "" : "?period=" + UriUtils.encode(period, "UTF-8"));
    }
}
