package vn.ward57.user.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.security.Role;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.ProvinceService;
import vn.ward57.org.WardService;
import vn.ward57.user.UserAccount;
import vn.ward57.user.UserForm;
import vn.ward57.user.domain.UserService;

/** Users: the list, a form to add one, a form to change or delete one. */
@Controller
@RequestMapping("/users")
class UserPageController {

    private final UserService users;
    private final WardService wards;
    private final ProvinceService provinces;
    private final PageForms forms;

    UserPageController(UserService users, WardService wards, ProvinceService provinces, PageForms forms) {
        this.users = users;
        this.wards = wards;
        this.provinces = provinces;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.visible());
        model.addAttribute("canCreate", canCreate(CurrentActor.get()));
        return "user/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        Actor actor = CurrentActor.get();
        fillForm(model, new UserForm("", "", null, Role.WARD_OFFICER, actor.wardCode(), null, List.of(), null,
                true), true);
        return "user/user-form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> users.create(form))) {
            return forms.respond(true, "user.created", request, model, redirect, "user/users", "list", "/users",
                    form.username());
        }
        fillForm(model, form, true);
        return "user/user-form";
    }

    @GetMapping("/{username}")
    String edit(@PathVariable String username, Model model) {
        UserAccount a = users.get(username);
        fillForm(model, new UserForm(a.username(), a.fullName(), a.email(), a.role(), a.wardCode(), a.unitCode(),
                a.role().provinceLevel() ? a.provinceCodes() : List.of(), null, a.enabled()), false);
        return "user/user-form";
    }

    @PostMapping("/{username}")
    String update(@PathVariable String username, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
                  Model model, HttpServletRequest request, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> users.update(username, form))) {
            return forms.respond(true, "user.updated", request, model, redirect, "user/users", "list", "/users",
                    username);
        }
        fillForm(model, form, false);
        return "user/user-form";
    }

    @PostMapping("/{username}/delete")
    String delete(@PathVariable String username, RedirectAttributes redirect, Model model,
                  HttpServletRequest request) {
        users.delete(username);
        return forms.respond(true, "user.deleted", request, model, redirect, "user/users", "list", "/users",
                username);
    }

    private void fillForm(Model model, UserForm form, boolean creating) {
        Actor actor = CurrentActor.get();
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        // only the system admin makes another; a province admin any role below
        model.addAttribute("roles", actor.isSystemAdmin() ? List.of(Role.values()) : actor.isProvinceAdmin()
                ? List.of(Role.PROVINCE_ADMIN, Role.WARD_LEADER, Role.WARD_OFFICER, Role.VIEWER)
                : List.of(Role.WARD_OFFICER, Role.VIEWER));
        model.addAttribute("wards", wards.visible());
        model.addAttribute("provinces", actor.isProvinceAdmin() ? provinces.visible() : List.of());
    }

    private static boolean canCreate(Actor actor) {
        return actor.isProvinceAdmin() || actor.role() == Role.WARD_LEADER;
    }
}
