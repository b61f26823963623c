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
import vn.ward57.org.ProvinceService;
import vn.ward57.org.WardService;

/** Provinces (for province admins) and the wards of one province. */
@Controller
@RequestMapping("/provinces")
class ProvincePageController {

    private static final CodeNameForm EMPTY = new CodeNameForm("", "");

    private final ProvinceService provinces;
    private final WardService wards;
    private final PageForms forms;

    ProvincePageController(ProvinceService provinces, WardService wards, PageForms forms) {
        this.provinces = provinces;
        this.wards = wards;
        this.forms = forms;
    }

    @GetMapping
    String list(Model model, HttpServletRequest request) {
        fillList(model, EMPTY);
        return Htmx.view(request, "org/provinces", "list");
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CodeNameForm form, BindingResult errors, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> provinces.create(form));
        fillList(model, done ? EMPTY : form);
        return forms.respond(done, "province.created", request, model, redirect, "org/provinces", "list",
                "/provinces", form.name());
    }

    @GetMapping("/{provinceCode}")
    String province(@PathVariable String provinceCode, Model model, HttpServletRequest request) {
        fillProvince(model, provinceCode, EMPTY);
        return Htmx.view(request, "org/province", "wards");
    }

    @PostMapping("/{provinceCode}/wards")
    String createWard(@PathVariable String provinceCode, @Valid @ModelAttribute("form") CodeNameForm form,
                      BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> wards.create(provinceCode, form));
        fillProvince(model, provinceCode, done ? EMPTY : form);
        return forms.respond(done, "ward.created", request, model, redirect, "org/province", "wards",
                "/provinces/" + provinceCode, form.name());
    }

    @PostMapping("/{provinceCode}")
    String rename(@PathVariable String provinceCode, @Valid NameForm rename, BindingResult errors,
                  RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> provinces.rename(provinceCode, rename), redirect,
                "province.renamed", rename.name());
        return "redirect:/provinces/" + provinceCode;
    }

    @PostMapping("/{provinceCode}/delete")
    String delete(@PathVariable String provinceCode, RedirectAttributes redirect) {
        provinces.delete(provinceCode);
        forms.flash(redirect, "province.deleted", provinceCode);
        return "redirect:/provinces";
    }

    private void fillList(Model model, CodeNameForm form) {
        model.addAttribute("provinces", provinces.visible());
        model.addAttribute("form", form);
        model.addAttribute("canCreate", CurrentActor.get().isSystemAdmin());
    }

    private void fillProvince(Model model, String provinceCode, CodeNameForm form) {
        model.addAttribute("province", provinces.get(provinceCode));
        model.addAttribute("wards", wards.inProvince(provinceCode));
        model.addAttribute("form", form);
    }
}
