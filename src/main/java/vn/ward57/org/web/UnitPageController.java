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
import vn.ward57.org.CodeNameForm;
import vn.ward57.org.NameForm;
import vn.ward57.org.UnitService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The page of a ward's units: list, add, rename, delete. */
@Controller
@RequestMapping("/wards/{wardCode}/units")
class UnitPageController {

    private static final String PAGE = "org/units";

    private final WardService wards;
    private final UnitService units;
    private final PageForms forms;

    UnitPageController(WardService wards, UnitService units, PageForms forms) {
        this.wards = wards;
        this.units = units;
        this.forms = forms;
    }

    @GetMapping
    String page(@PathVariable String wardCode, Model model, HttpServletRequest request) {
        fill(model, wardCode, new CodeNameForm("", ""));
        return Htmx.view(request, PAGE, "list");
    }

    @PostMapping
    String create(@PathVariable String wardCode, @Valid @ModelAttribute("form") CodeNameForm form,
                  BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> units.create(wardCode, form));
        fill(model, wardCode, done ? new CodeNameForm("", "") : form);
        return forms.respond(done, "unit.created", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/units", form.name());
    }

    @PostMapping("/{unitCode}")
    String rename(@PathVariable String wardCode, @PathVariable String unitCode, @Valid NameForm rename,
                  BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> units.rename(wardCode, unitCode, rename));
        fill(model, wardCode, new CodeNameForm("", ""));
        if (!done) {
            model.addAttribute("flashError", forms.summary(errors));
        }
        return forms.respond(done, "unit.renamed", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/units", rename.name());
    }

    @PostMapping("/{unitCode}/delete")
    String delete(@PathVariable String wardCode, @PathVariable String unitCode, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        units.delete(wardCode, unitCode);
        fill(model, wardCode, new CodeNameForm("", ""));
        return forms.respond(true, "unit.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + wardCode + "/units", unitCode);
    }

    private void fill(Model model, String wardCode, CodeNameForm form) {
        Ward ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("units", units.list(wardCode));
        model.addAttribute("form", form);
        model.addAttribute("canManage", CurrentActor.get().canManageWard(ward.provinceCode(), ward.code()));
    }
}
