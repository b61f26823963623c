package vn.ward57.initiative.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.WardTime;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.PageForms;
import vn.ward57.initiative.CallService;
import vn.ward57.initiative.Initiative;
import vn.ward57.initiative.InitiativeCall;
import vn.ward57.initiative.InitiativeService;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/** The initiatives register: a call selector, the call's initiatives with search, the submit form, detail. */
@Controller
class InitiativePageController {

    private final WardService wards;
    private final OrgLookup orgLookup;
    private final CallService calls;
    private final InitiativeService initiatives;
    private final PageForms forms;

    InitiativePageController(WardService wards, OrgLookup org, CallService calls, InitiativeService initiatives,
                             PageForms forms) {
        this.wards = wards;
        this.orgLookup = org;
        this.calls = calls;
        this.initiatives = initiatives;
        this.forms = forms;
    }

    /** The chosen call's initiatives; by default the latest call not in a future year (calls come latest first). */
    @GetMapping("/wards/{wardCode}/initiatives")
    String list(@PathVariable String wardCode, @RequestParam(required = false) Long call,
                @RequestParam(required = false) String q, Model model) {
        Ward ward = wards.get(wardCode);
        List<InitiativeCall> all = calls.list(wardCode);
        InitiativeCall chosen = call != null
                ? all.stream().filter(c -> c.id() == call).findFirst().orElse(null)
                : all.stream().filter(c -> c.year() <= WardTime.thisYear()).findFirst()
                        .orElse(all.isEmpty() ? null : all.getFirst());
        model.addAttribute("ward", ward);
        model.addAttribute("calls", all);
        model.addAttribute("call", chosen);
        model.addAttribute("q", q);
        model.addAttribute("initiatives", chosen == null ? List.of() : initiatives.list(wardCode, chosen.id(), q));
        model.addAttribute("units", orgLookup.units(ward.id()));
        model.addAttribute("canEdit", CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return "initiative/initiatives";
    }

    @PostMapping("/wards/{wardCode}/initiative-calls")
    String createCall(@PathVariable String wardCode, @ModelAttribute InitiativeCall.Form form, BindingResult errors,
                      RedirectAttributes redirect) {
        long[] id = {0};
        forms.attemptAndRedirect(errors, () -> id[0] = calls.create(wardCode, form).id(), redirect,
                "initiatives.call-created");
        return "redirect:/wards/" + wardCode + "/initiatives" + (id[0] == 0 ? "" : "?call=" + id[0]);
    }

    @PostMapping("/wards/{wardCode}/initiative-calls/{callId}/initiatives")
    String create(@PathVariable String wardCode, @PathVariable long callId, @ModelAttribute Initiative.Form form,
                  BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> initiatives.create(wardCode, callId, form), redirect,
                "initiatives.created", form.code());
        return "redirect:/wards/" + wardCode + "/initiatives?call=" + callId;
    }

    @GetMapping("/wards/{wardCode}/initiatives/{initiativeId}")
    String detail(@PathVariable String wardCode, @PathVariable long initiativeId, Model model) {
        Ward ward = wards.get(wardCode);
        Initiative initiative = initiatives.get(wardCode, initiativeId);
        InitiativeCall call = calls.get(wardCode, initiative.callId());
        model.addAttribute("ward", ward);
        model.addAttribute("initiative", initiative);
        model.addAttribute("call", call);
        model.addAttribute("units", orgLookup.units(ward.id()));
        model.addAttribute("canEdit", call.state() == InitiativeCall.State.OPEN
                && CurrentActor.get().canEnterData(ward.provinceCode(), ward.code()));
        return "initiative/initiative";
    }

    @PostMapping("/wards/{wardCode}/initiatives/{initiativeId}")
    String update(@PathVariable String wardCode, @PathVariable long initiativeId,
                  @ModelAttribute Initiative.Form form, BindingResult errors, RedirectAttributes redirect) {
        forms.attemptAndRedirect(errors, () -> initiatives.update(wardCode, initiativeId, form), redirect,
                "initiatives.saved");
        return "redirect:/wards/" + wardCode + "/initiatives/" + initiativeId;
    }

    @PostMapping("/wards/{wardCode}/initiatives/{initiativeId}/delete")
    String delete(@PathVariable String wardCode, @PathVariable long initiativeId, RedirectAttributes redirect,
                  jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        long callId = initiatives.get(wardCode, initiativeId).callId();
        initiatives.delete(wardCode, initiativeId);
        forms.flash(redirect, "initiatives.deleted");
        String to = "/wards/" + wardCode + "/initiatives?call=" + callId;
        if (request.getHeader("HX-Request") != null) {
            // the delete button asks through htmx: leave the deleted initiative's page for the list
            response.setHeader("HX-Redirect", request.getContextPath() + to);
            return null;
        }
        return "redirect:" + to;
    }

    @PostMapping("/wards/{wardCode}/initiatives/{initiativeId}/files")
    String attach(@PathVariable String wardCode, @PathVariable long initiativeId,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        var input = file == null ? null : file.getInputStream();
        forms.importAndRedirect(() -> {
            initiatives.attach(wardCode, initiativeId, file == null ? null : file.getOriginalFilename(), input);
            return 1;
        }, redirect, "initiatives.file-attached");
        return "redirect:/wards/" + wardCode + "/initiatives/" + initiativeId;
    }

    @GetMapping("/wards/{wardCode}/initiatives/{initiativeId}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String wardCode, @PathVariable long initiativeId,
                                @PathVariable long fileId) {
        var f = initiatives.file(wardCode, initiativeId, fileId);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(f.contentType()))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(f.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(f.content());
    }
}
