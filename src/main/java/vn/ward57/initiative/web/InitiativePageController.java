package vn.ward57.initiative.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.PageForms;
import vn.ward57.common.web.Uploads;
import vn.ward57.initiative.Initiative;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.domain.Calls;
import vn.ward57.initiative.domain.Initiatives;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;

/** The initiatives register: a call selector, the call's initiatives with search, the submit form, detail. */
@Controller
class InitiativePageController {

    private final WardAccess access;
    private final OrgLookup orgLookup;
    private final Calls calls;
    private final Initiatives initiatives;
    private final PageForms forms;

    InitiativePageController(WardAccess access, OrgLookup org, Calls calls, Initiatives initiatives,
                             PageForms forms) {
        this.access = access;
        this.orgLookup = org;
        this.calls = calls;
        this.initiatives = initiatives;
        this.forms = forms;
    }

    /**
     * The chosen call's initiatives; by default the latest call not in a future year (calls come latest first).
     * canEdit: submitting an initiative (of the user's unit); canOpenCall: a new call, the ward's own work.
     */
    @GetMapping("/wards/{wardCode}/initiatives")
    String list(Ward ward, @RequestParam(required = false) Long call, @RequestParam(required = false) String q,
                Model model) {
        List<InitiativeCall> all = calls.list(ward);
        InitiativeCall chosen = call != null
                ? all.stream().filter(c -> c.id() == call).findFirst().orElse(null)
                : all.stream().filter(c -> c.year() <= WardTime.thisYear()).findFirst()
                        .orElse(all.isEmpty() ? null : all.getFirst());
        model.addAttribute("ward", ward);
        model.addAttribute("calls", all);
        model.addAttribute("call", chosen);
        model.addAttribute("q", q);
        model.addAttribute("initiatives", chosen == null ? List.of() : initiatives.list(ward, chosen.id(), q));
        model.addAttribute("units", orgLookup.units(ward.id()));
        model.addAttribute("ownUnit", access.ownUnit());
        model.addAttribute("canEdit", access.canEnterData(ward));
        model.addAttribute("canOpenCall", access.canManage(ward));
        return "initiative/initiatives";
    }

    @PostMapping("/wards/{wardCode}/initiative-calls")
    String createCall(Ward ward, @ModelAttribute InitiativeCall.Form form, BindingResult errors,
                      RedirectAttributes redirect) {
        long[] id = {0};
        forms.attemptAndRedirect(errors, () -> id[0] = calls.create(ward, form).id(), redirect,
                "initiatives.call-created");
        return "redirect:/wards/" + ward.code() + "/initiatives" + (id[0] == 0 ? "" : "?call=" + id[0]);
    }

    @PostMapping("/wards/{wardCode}/initiative-calls/{callId}/initiatives")
    String create(Ward ward, @PathVariable long callId, @ModelAttribute Initiative.Form form,
                  BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> initiatives.create(ward, callId, form), redirect,
                "initiatives.created", form.code());
        return "redirect:/wards/" + ward.code() + "/initiatives?call=" + callId;
    }

    @GetMapping("/wards/{wardCode}/initiatives/{initiativeId}")
    String detail(Ward ward, @PathVariable long initiativeId, Model model) {
        Initiative initiative = initiatives.get(ward, initiativeId);
        InitiativeCall call = calls.get(ward, initiative.callId());
        model.addAttribute("ward", ward);
        model.addAttribute("initiative", initiative);
        model.addAttribute("call", call);
        model.addAttribute("units", orgLookup.units(ward.id()));
        model.addAttribute("canEdit", call.state() == InitiativeCall.State.OPEN
                && access.canEditUnit(ward, initiative.unitCode()));
        return "initiative/initiative";
    }

    @PostMapping("/wards/{wardCode}/initiatives/{initiativeId}")
    String update(Ward ward, @PathVariable long initiativeId, @ModelAttribute Initiative.Form form,
                  BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> initiatives.update(ward, initiativeId, form), redirect,
                "initiatives.saved");
        return "redirect:/wards/" + ward.code() + "/initiatives/" + initiativeId;
    }

    /** The delete button asks through htmx: it then leaves the deleted initiative's page for the list. */
    @PostMapping("/wards/{wardCode}/initiatives/{initiativeId}/delete")
    View delete(Ward ward, @PathVariable long initiativeId, RedirectAttributes redirect, HtmxRequest htmx) {
        long callId = initiatives.get(ward, initiativeId).callId();
        initiatives.delete(ward, initiativeId);
        forms.flash(redirect, "initiatives.deleted");
        String to = "/wards/" + ward.code() + "/initiatives?call=" + callId;
        return htmx.isHtmxRequest() ? new HtmxRedirectView(to, true) : new RedirectView(to, true);
    }

    @PostMapping("/wards/{wardCode}/initiatives/{initiativeId}/files")
    String attach(Ward ward, @PathVariable long initiativeId, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        var input = file == null ? null : file.getInputStream();
        forms.importAndRedirect(() -> {
            initiatives.attach(ward, initiativeId, Uploads.name(file), input);
            return 1;
        }, redirect, "initiatives.file-attached");
        return "redirect:/wards/" + ward.code() + "/initiatives/" + initiativeId;
    }

    @GetMapping("/wards/{wardCode}/initiatives/{initiativeId}/files/{fileId}")
    ResponseEntity<byte[]> file(Ward ward, @PathVariable long initiativeId, @PathVariable long fileId) {
        return InitiativeApiController.download(initiatives.file(ward, initiativeId, fileId));
    }
}
