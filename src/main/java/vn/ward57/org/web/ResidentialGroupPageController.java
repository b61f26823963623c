package vn.ward57.org.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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
import vn.ward57.common.web.PageForms;
import vn.ward57.org.ResidentialGroup;
import vn.ward57.org.ResidentialGroupForm;
import vn.ward57.org.ResidentialGroupService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The page of a ward's residential groups (tổ dân phố) with their households. */
@Controller
@RequestMapping("/wards/{wardCode}/residential-groups")
class ResidentialGroupPageController {

    private static final String PAGE = "org/residential-groups";
    private static final ResidentialGroupForm EMPTY = new ResidentialGroupForm(null, "", null);

    private final WardAccess access;
    private final ResidentialGroupService groups;
    private final PageForms forms;

    ResidentialGroupPageController(WardAccess access, ResidentialGroupService groups, PageForms forms) {
        this.access = access;
        this.groups = groups;
        this.forms = forms;
    }

    @GetMapping
    String page(Ward ward, Model model, HtmxRequest htmx) {
        fill(model, ward, EMPTY);
        return htmx.isHtmxRequest() ? PAGE + " :: list" : PAGE;
    }

    @PostMapping
    String create(Ward ward, @Valid @ModelAttribute("form") ResidentialGroupForm form,
                  BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> groups.create(ward, form));
        fill(model, ward, done ? EMPTY : form);
        return forms.respond(done, "group.created", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/residential-groups", form.name());
    }

    @PostMapping("/{groupCode}")
    String update(Ward ward, @PathVariable String groupCode,
                  @Valid @ModelAttribute("edit") ResidentialGroupForm edit, BindingResult errors, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> groups.update(ward, groupCode, edit));
        fill(model, ward, EMPTY);
        if (!done) {
            model.addAttribute("flashError", forms.summary(errors));
        }
        return forms.respond(done, "group.updated", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/residential-groups", edit.name());
    }

    @PostMapping("/{groupCode}/delete")
    String delete(Ward ward, @PathVariable String groupCode, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        groups.delete(ward, groupCode);
        fill(model, ward, EMPTY);
        return forms.respond(true, "group.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/residential-groups", groupCode);
    }

    private void fill(Model model, Ward ward, ResidentialGroupForm form) {
        var list = groups.list(ward);
        model.addAttribute("ward", ward);
        model.addAttribute("groups", list);
        model.addAttribute("households", list.stream().map(ResidentialGroup::households)
                .filter(java.util.Objects::nonNull).mapToLong(Integer::longValue).sum());
        model.addAttribute("form", form);
        model.addAttribute("canManage", access.canManage(ward));
    }
}
