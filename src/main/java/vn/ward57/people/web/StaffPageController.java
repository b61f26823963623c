package vn.ward57.people.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;
import vn.ward57.people.StaffMember;
import vn.ward57.people.StaffMemberForm;
import vn.ward57.people.StaffService;
import vn.ward57.people.StaffTable;

/** The staff list with search and unit filter, a person's page (their form and training), import and export. */
@Controller
@RequestMapping("/wards/{wardCode}/staff")
class StaffPageController {

    private final WardService wards;
    private final OrgLookup org;
    private final StaffService staff;
    private final StaffTable table;
    private final PageForms forms;

    StaffPageController(WardService wards, OrgLookup org, StaffService staff, StaffTable table, PageForms forms) {
        this.wards = wards;
        this.org = org;
        this.staff = staff;
        this.table = table;
        this.forms = forms;
    }

    @GetMapping
    String list(@PathVariable String wardCode, @RequestParam(required = false) String unit,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inPostOn,
                Model model) {
        Ward ward = ward(wardCode, model);
        StaffService.Filter filter = new StaffService.Filter(unit, q, inPostOn);
        model.addAttribute("filter", filter);
        model.addAttribute("staff", staff.list(wardCode, filter));
        model.addAttribute("today", WardTime.today());
        model.addAttribute("units", org.units(ward.id()));
        return "people/staff";
    }

    @GetMapping("/new")
    String newMember(@PathVariable String wardCode, Model model) {
        ward(wardCode, model);
        return form(model, new StaffMemberForm(null, null, null, null, null, null), null);
    }

    @PostMapping("/new")
    String create(@PathVariable String wardCode, @Valid @ModelAttribute("form") StaffMemberForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        StaffMember[] created = new StaffMember[1];
        if (forms.attempt(errors, () -> created[0] = staff.create(wardCode, form))) {
            forms.flash(redirect, "staff.created", form.fullName());
            return "redirect:/wards/" + wardCode + "/staff/" + created[0].id();
        }
        ward(wardCode, model);
        return form(model, form, null);
    }

    @GetMapping("/{staffMemberId}")
    String detail(@PathVariable String wardCode, @PathVariable long staffMemberId, Model model) {
        ward(wardCode, model);
        StaffMember m = staff.get(wardCode, staffMemberId);
        model.addAttribute("version", m.version());
        return form(model, new StaffMemberForm(m.fullName(), m.unitCode(), m.position(), m.inPostFrom(), m.inPostTo(),
                m.note()), m);
    }

    @PostMapping("/{staffMemberId}")
    String update(@PathVariable String wardCode, @PathVariable long staffMemberId,
                  @Valid @ModelAttribute("form") StaffMemberForm form, BindingResult errors,
                  @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> staff.update(wardCode, staffMemberId, form, version))) {
            forms.flash(redirect, "staff.updated", form.fullName());
            return "redirect:/wards/" + wardCode + "/staff/" + staffMemberId;
        }
        ward(wardCode, model);
        model.addAttribute("version", version);  // the form comes back with what it was read at
        return form(model, form, staff.get(wardCode, staffMemberId));
    }

    @PostMapping("/{staffMemberId}/delete")
    String delete(@PathVariable String wardCode, @PathVariable long staffMemberId, RedirectAttributes redirect) {
        String name = staff.get(wardCode, staffMemberId).fullName();
        forms.attemptAndRedirect(new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "staff"),
                () -> staff.delete(wardCode, staffMemberId, null), redirect, "staff.deleted", name);
        return redirect.getFlashAttributes().containsKey("flashError")
                ? "redirect:/wards/" + wardCode + "/staff/" + staffMemberId : "redirect:/wards/" + wardCode + "/staff";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@PathVariable String wardCode, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) String unit, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inPostOn) {
        return PeopleTableApiController.download(format, table.export(wardCode, new StaffService.Filter(unit, q, inPostOn)));
    }

    @PostMapping("/import")
    String importFile(@PathVariable String wardCode, @RequestParam(required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(wardCode, file), redirect);
        return "redirect:/wards/" + wardCode + "/staff";
    }

    private Ward ward(String wardCode, Model model) {
        Ward ward = wards.get(wardCode);
        model.addAttribute("ward", ward);
        model.addAttribute("canManage", CurrentActor.get().canManageWard(ward.provinceCode(), ward.code()));
        return ward;
    }

    /** The person's page: the form (new when member is null) and, for someone listed, their training. */
    private String form(Model model, StaffMemberForm form, StaffMember member) {
        Ward ward = (Ward) model.getAttribute("ward");
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("attended", member == null ? java.util.List.of() : staff.attended(ward.code(), member.id()));
        return "people/staff-member";
    }
}
