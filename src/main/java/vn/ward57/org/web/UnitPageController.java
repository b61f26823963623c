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
import vn.ward57.org.CodeNameForm;
import vn.ward57.org.NameForm;
import vn.ward57.org.UnitService;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The page of a ward's units: list, add, rename, delete. */
@Controller
@RequestMapping("/wards/{wardCode}/units")
class UnitPageController {

    private static final String PAGE = "org/units";

    private final WardAccess access;
    private final UnitService units;
    private final PageForms forms;

    UnitPageController(WardAccess access, UnitService units, PageForms forms) {
        this.access = access;
        this.units = units;
        this.forms = forms;
    }

    @GetMapping
    String page(Ward ward, Model model, HtmxRequest htmx) {
        fill(model, ward, new CodeNameForm("", ""));
        return htmx.isHtmxRequest() ? PAGE + " :: list" : PAGE;
    }

    @PostMapping
    String create(Ward ward, @Valid @ModelAttribute("form") CodeNameForm form,
                  BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> units.create(ward, form));
        fill(model, ward, done ? new CodeNameForm("", "") : form);
        return forms.respond(done, "unit.created", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/units", form.name());
    }

    @PostMapping("/{unitCode}")
    String rename(Ward ward, @PathVariable String unitCode, @Valid NameForm rename,
                  BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> units.rename(ward, unitCode, rename));
        fill(model, ward, new CodeNameForm("", ""));
        if (!done) {
            model.addAttribute("flashError", forms.summary(errors));
        }
        return forms.respond(done, "unit.renamed", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/units", rename.name());
    }

    @PostMapping("/{unitCode}/delete")
    String delete(Ward ward, @PathVariable String unitCode, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        units.delete(ward, unitCode);
        fill(model, ward, new CodeNameForm("", ""));
        return forms.respond(true, "unit.deleted", request, model, redirect, PAGE, "list",
                "/wards/" + ward.code() + "/units", unitCode);
    }

    private void fill(Model model, Ward ward, CodeNameForm form) {
        model.addAttribute("ward", ward);
        model.addAttribute("units", units.list(ward));
        model.addAttribute("form", form);
        model.addAttribute("canManage", access.canManage(ward));
    }
}
