package vn.ward57.org.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Htmx;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.ResidentialGroupForm;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The page of a ward's residential groups (tổ dân phố) with their households. */
@Controller
@RequestMapping("/wards/{wardCode}/residential-groups")
class ResidentialGroupPageController {

    private static final String PAGE = "org/residential-groups";
    private static final ResidentialGroupForm EMPTY = new ResidentialGroupForm(null, "", null);

    private final WardService wards;
    private final ResidentialGroupService groups;
    private final PageForms forms;

    ResidentialGroupPageController(WardService wards, ResidentialGroupService groups, PageForms forms) {
        this.wards = wards;
        this.groups = groups;
        this.forms = forms;
    }

    @GetMapping
    String page(@PathVariable String wardCode, Model model, HttpServletRequest request) {
        fill(model, wardCode, EMPTY);
        return Htmx.view(request, PAGE, "list");
    }

    @PostMapping
    String create(@PathVariable String wardCode, @Valid @ModelAttribute("form") ResidentialGroupForm form,
                  BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> groups.create(wardCode, form));
        fill(model, wardCode, done ? EMPTY : form);
        return forms.respond(done, "group.created", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/residential-groups", form.name());
    }

    @PostMapping("/{groupCode}")
    String update(@PathVariable String wardCode, @PathVariable String groupCode,
                  @Valid @ModelAttribute("edit") ResidentialGroupForm edit, BindingResult errors, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> groups.update(wardCode, groupCode, edit));
        fill(model, wardCode, EMPTY);
        if (!done) {
            model.addAttribute("flashError", forms.summary(errors));
        }
        return forms.respond(done, "group.updated", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/residential-groups", edit.name());
    }

    @PostMapping("/{groupCode}/delete")
    String delete(@PathVariable String wardCode, @PathVariable String groupCode, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        groups.delete(wardCode, groupCode);
        fill(model, wardCode, EMPTY);
        return forms.respond(true, "group.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/residential-groups", groupCode);
    }

    private void fill(Model model, String wardCode, ResidentialGroupForm form) {
        Ward ward = wards.get(wardCode);
        var list = groups.list(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("groups", list);
        model.addAttribute("households", list.stream().map(ResidentialGroup::households)
                .filter(java.util.Objects::nonNull).mapToLong(Integer::longValue).sum());
        model.addAttribute("form", form);
        model.addAttribute("canManage", CurrentActor.get().canManageWard(ward.provinceCode(), ward.code()));
    }
}
