package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.ward57.common.error.NotFoundException;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.security.CurrentActor;
import vn.ward57.common.web.Htmx;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.org.WardService;

/**
 * A register import followed after it was accepted: its status in the API, and as a panel on the register's
 * page that asks again every two seconds until the import has ended. Anyone who may read the ward sees it;
 * cancelling needs the right to enter the ward's data.
 */
@Controller
class RegisterImportController {

    private final RegisterImports imports;
    private final OrgLookup org;
    private final WardService wards;

    RegisterImportController(RegisterImports imports, OrgLookup org, WardService wards) {
        this.imports = imports;
        this.org = org;
        this.wards = wards;
    }

    @GetMapping("/api/v1/imports/{registerImportId}")
    @ResponseBody
    RegisterImport status(@PathVariable long registerImportId) {
        readable(registerImportId);
        return imports.status(registerImportId);
    }

    /** Stops a queued or running import; it then writes nothing. */
    @PostMapping("/api/v1/imports/{registerImportId}/cancel")
    @ResponseBody
    RegisterImport cancel(@PathVariable long registerImportId) {
        Ward ward = readable(registerImportId);
        CurrentActor.requireEnterData(ward.provinceCode(), ward.code());
        return imports.cancel(registerImportId);
    }

    /** The ward's latest register imports, newest first. */
    @GetMapping("/api/v1/wards/{wardCode}/imports")
    @ResponseBody
    List<RegisterImport> ofWard(@PathVariable String wardCode) {
        return imports.ofWard(wards.get(wardCode).id().value());
    }

    /** The import's panel (htmx, as the register page polls it) or a page of its own. */
    @GetMapping("/imports/{registerImportId}")
    String page(@PathVariable long registerImportId, HttpServletRequest request, Model model) {
        Ward ward = readable(registerImportId);
        model.addAttribute("ward", ward);
        model.addAttribute("registerImport", imports.status(registerImportId));
        return Htmx.view(request, "imports/status", "panel");
    }

    @PostMapping("/imports/{registerImportId}/cancel")
    String cancelPage(@PathVariable long registerImportId, HttpServletRequest request, Model model) {
        cancel(registerImportId);
        return page(registerImportId, request, model);
    }

    /** The import's ward, when the user may read it (403 otherwise, as for any of the ward's records). */
    private Ward readable(long id) {
        Ward ward = imports.wardOf(id).stream().boxed().findFirst()
                .flatMap(w -> org.ward(new WardId(w)))
                .orElseThrow(() -> new NotFoundException("import.register.not-found", null, id));
        CurrentActor.requireReadWard(ward.provinceCode(), ward.code());
        return ward;
    }
}
