package vn.ward57.people.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.PageForms;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
import vn.ward57.people.StaffMember;
import vn.ward57.people.StaffMemberForm;
import vn.ward57.people.domain.StaffService;
import vn.ward57.people.domain.StaffTable;
import vn.ward57.common.table.TableExport;

/**
 * The staff list with search and unit filter, a person's page (their form and training), import and export.
 * A unit officer adds and changes their own unit's people; the file import is ward-wide work.
 */
@Controller
@RequestMapping("/wards/{wardCode}/staff")
class StaffPageController {

    private final WardAccess access;
    private final OrgLookup org;
    private final StaffService staff;
    private final StaffTable table;
    private final PageForms forms;

    StaffPageController(WardAccess access, OrgLookup org, StaffService staff, StaffTable table, PageForms forms) {
        this.access = access;
        this.org = org;
        this.staff = staff;
        this.table = table;
        this.forms = forms;
    }

    @GetMapping
    String list(Ward ward, @RequestParam(required = false) String unit, @RequestParam(required = false) String q,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inPostOn,
                Model model) {
        StaffService.Filter filter = new StaffService.Filter(unit, q, inPostOn);
        model.addAttribute("ward", ward);
        model.addAttribute("canAdd", access.canEnterData(ward));
        model.addAttribute("canImport", access.canManage(ward));
        model.addAttribute("filter", filter);
        model.addAttribute("staff", staff.list(ward, filter));
        model.addAttribute("today", WardTime.today());
        model.addAttribute("units", org.units(ward.id()));
        return "people/staff";
    }

    /** Refused to those who may not add anyone; a unit officer finds their own unit chosen. */
    @GetMapping("/new")
    String newMember(Ward ward, Model model) {
        access.enterData(ward);
        return form(ward, model, new StaffMemberForm(null, access.ownUnit(), null, null, null, null), null);
    }

    @PostMapping("/new")
    String create(Ward ward, @Valid @ModelAttribute("form") StaffMemberForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Optional<StaffMember> created = forms.save(errors, () -> staff.create(ward, form));
        if (created.isPresent()) {
            forms.flash(redirect, "staff.created", form.fullName());
            return "redirect:/wards/" + ward.code() + "/staff/" + created.get().id();
        }
        return form(ward, model, form, null);
    }

    @GetMapping("/{staffMemberId}")
    String detail(Ward ward, @PathVariable long staffMemberId, Model model) {
        StaffMember m = staff.get(ward, staffMemberId);
        model.addAttribute("version", m.version());
        return form(ward, model, new StaffMemberForm(m.fullName(), m.unitCode(), m.position(), m.inPostFrom(),
                m.inPostTo(), m.note()), m);
    }

    @PostMapping("/{staffMemberId}")
    String update(Ward ward, @PathVariable long staffMemberId, @Valid @ModelAttribute("form") StaffMemberForm form,
                  BindingResult errors, @RequestParam(required = false) Long version, Model model,
                  RedirectAttributes redirect) {
        if (forms.attempt(errors, () -> staff.update(ward, staffMemberId, form, version))) {
            forms.flash(redirect, "staff.updated", form.fullName());
            return "redirect:/wards/" + ward.code() + "/staff/" + staffMemberId;
        }
        model.addAttribute("version", version);  // the form comes back with what it was read at
        return form(ward, model, form, staff.get(ward, staffMemberId));
    }

    @PostMapping("/{staffMemberId}/delete")
    String delete(Ward ward, @PathVariable long staffMemberId, RedirectAttributes redirect) {
        String name = staff.get(ward, staffMemberId).fullName();
        forms.attemptAndRedirect(new MapBindingResult(new java.util.HashMap<>(), "staff"),
                () -> staff.delete(ward, staffMemberId, null), redirect, "staff.deleted", name);
        String list = "redirect:/wards/" + ward.code() + "/staff";
        return redirect.getFlashAttributes().containsKey("flashError") ? list + "/" + staffMemberId : list;
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(Ward ward, @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) String unit, @RequestParam(required = false) String q,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inPostOn) {
        return TableExport.download(format, table.export(ward, new StaffService.Filter(unit, q, inPostOn)));
    }

    @PostMapping("/import")
    String importFile(Ward ward, @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        forms.importStarted(() -> table.importFile(ward, file), redirect);
        return "redirect:/wards/" + ward.code() + "/staff";
    }

    /**
     * The person's page: the form (new when member is null) and, for someone listed, their training; it may be
     * changed by those who keep the person's unit.
     */
    private String form(Ward ward, Model model, StaffMemberForm form, StaffMember member) {
        model.addAttribute("ward", ward);
        model.addAttribute("canEdit", member == null ? access.canEnterData(ward)
                : access.canEditUnit(ward, member.unitCode()));
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("units", org.units(ward.id()));
        model.addAttribute("attended", member == null ? List.of() : staff.attended(ward, member.id()));
        return "people/staff-member";
    }
}
