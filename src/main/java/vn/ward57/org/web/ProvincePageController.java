package vn.ward57.org.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.CodeNameForm;
import vn.ward57.org.NameForm;
import vn.ward57.org.Province;
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
    String list(Model model, HtmxRequest htmx) {
        fillList(model, EMPTY);
        return htmx.isHtmxRequest() ? "org/provinces :: list" : "org/provinces";
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
    String province(Province province, Model model, HtmxRequest htmx) {
        fillProvince(model, province, EMPTY);
        return htmx.isHtmxRequest() ? "org/province :: wards" : "org/province";
    }

    @PostMapping("/{provinceCode}/wards")
    String createWard(Province province, @Valid @ModelAttribute("form") CodeNameForm form,
                      BindingResult errors, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        boolean done = forms.attempt(errors, () -> wards.create(province, form));
        fillProvince(model, province, done ? EMPTY : form);
        return forms.respond(done, "ward.created", request, model, redirect, "org/province", "wards",
                "/provinces/" + province.code(), form.name());
    }

    @PostMapping("/{provinceCode}")
    String rename(Province province, @Valid NameForm rename, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> provinces.rename(province, rename), redirect,
                "province.renamed", rename.name());
        return "redirect:/provinces/" + province.code();
    }

    @PostMapping("/{provinceCode}/delete")
    String delete(Province province, RedirectAttributes redirect) {
        provinces.delete(province);
        forms.flash(redirect, "province.deleted", province.code());
        return "redirect:/provinces";
    }

    private void fillList(Model model, CodeNameForm form) {
        model.addAttribute("provinces", provinces.visible());
        model.addAttribute("form", form);
        model.addAttribute("canCreate", CurrentActor.get().isSystemAdmin());
    }

    private void fillProvince(Model model, Province province, CodeNameForm form) {
        model.addAttribute("province", province);
        model.addAttribute("wards", wards.inProvince(province));
        model.addAttribute("form", form);
    }
}
