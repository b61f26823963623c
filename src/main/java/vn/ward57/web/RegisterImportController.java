package vn.ward57.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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
import vn.ward57.org.Ward;
import vn.ward57.org.WardAccess;
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
    private final WardService wards;
    private final WardAccess access;

    RegisterImportController(RegisterImports imports, WardService wards, WardAccess access) {
        this.imports = imports;
        this.wards = wards;
        this.access = access;
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
        access.enterData(readable(registerImportId));  // the imports live in common, which knows no Ward
        return imports.cancel(registerImportId);
    }

    /** The ward's latest register imports, newest first. */
    @GetMapping("/api/v1/wards/{wardCode}/imports")
    @ResponseBody
    List<RegisterImport> ofWard(Ward ward) {
        return imports.ofWard(ward.id().value());
    }

    /** The import's panel (htmx, as the register page polls it) or a page of its own. */
    @GetMapping("/imports/{registerImportId}")
    String page(@PathVariable long registerImportId, HtmxRequest htmx, Model model) {
        Ward ward = readable(registerImportId);
        model.addAttribute("ward", ward);
        model.addAttribute("registerImport", imports.status(registerImportId));
        return htmx.isHtmxRequest() ? "imports/status :: panel" : "imports/status";
    }

    @PostMapping("/imports/{registerImportId}/cancel")
    String cancelPage(@PathVariable long registerImportId, HtmxRequest htmx, Model model) {
        cancel(registerImportId);
        return page(registerImportId, htmx, model);
    }

    /** The import's ward, when the user may read it (403 otherwise, as for any of the ward's records). */
    private Ward readable(long id) {
        long wardId = imports.wardOf(id).orElseThrow(() -> new NotFoundException("import.register.not-found", null, id));
        return wards.get(new WardId(wardId));
    }
}
