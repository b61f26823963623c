package vn.ward57.org.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.NameForm;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.StaffingService;
import vn.ward57.org.UnitService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** A ward's page: what it holds, and renaming or deleting it for province admins. */
@Controller
@RequestMapping("/wards/{wardCode}")
class WardPageController {

    private final WardService wards;
    private final UnitService units;
    private final ResidentialGroupService groups;
    private final StaffingService staffing;
    private final PageForms forms;

    WardPageController(WardService wards, UnitService units, ResidentialGroupService groups,
                       StaffingService staffing, PageForms forms) {
        this.wards = wards;
        this.units = units;
        this.groups = groups;
        this.staffing = staffing;
        this.forms = forms;
    }

    @GetMapping
    String page(Ward ward, Model model) {
        var groupList = groups.list(ward);
        model.addAttribute("ward", ward);
        model.addAttribute("unitCount", units.list(ward).size());
        model.addAttribute("groupCount", groupList.size());
        model.addAttribute("households", groupList.stream().map(ResidentialGroup::households)
                .filter(java.util.Objects::nonNull).mapToLong(Integer::longValue).sum());
        model.addAttribute("staffing", staffing.summary(ward, WardTime.thisYear()));
        model.addAttribute("canAdminister", CurrentActor.get().isProvinceAdmin());
        return "org/ward";
    }

    @PostMapping
    String rename(Ward ward, @Valid NameForm rename, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> wards.rename(ward, rename), redirect, "ward.renamed",
                rename.name());
        return "redirect:/wards/" + ward.code();
    }

    @PostMapping("/delete")
    String delete(Ward ward, RedirectAttributes redirect) {
        wards.delete(ward);
        forms.flash(redirect, "ward.deleted", ward.name());
        return "redirect:/provinces/" + ward.provinceCode();
    }
}
