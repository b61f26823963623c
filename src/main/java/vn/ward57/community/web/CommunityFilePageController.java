package vn.ward57.community.web;

import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.web.PageForms;
import vn.ward57.community.domain.CommunityExportService;
import vn.ward57.community.domain.CommunityImportService;
import vn.ward57.org.Ward;
import vn.ward57.common.table.TableExport;

/**
 * The list page's export links and import forms; an import started is followed on the list, beside the form
 * it came from (importKind).
 */
@Controller
class CommunityFilePageController {

    private final CommunityImportService imports;
    private final CommunityExportService exports;
    private final PageForms forms;

    CommunityFilePageController(CommunityImportService imports, CommunityExportService exports, PageForms forms) {
        this.imports = imports;
        this.exports = exports;
        this.forms = forms;
    }

    @GetMapping("/wards/{wardCode}/community-teams/export")
    ResponseEntity<byte[]> exportTeams(Ward ward, @RequestParam(defaultValue = "csv") String format) {
        return TableExport.download(format, exports.teams(ward));
    }

    @GetMapping("/wards/{wardCode}/community-team-members/export")
    ResponseEntity<byte[]> exportMembers(Ward ward,
                                         @RequestParam(defaultValue = "csv") String format) {
        return TableExport.download(format, exports.members(ward));
    }

    @PostMapping("/wards/{wardCode}/community-teams/import")
    String importTeams(Ward ward, @RequestParam(required = false) MultipartFile file,
                       RedirectAttributes redirect) {
        return started(ward, "teams", () -> imports.importTeams(ward, file), redirect);
    }

    @PostMapping("/wards/{wardCode}/community-team-members/import")
    String importMembers(Ward ward, @RequestParam(required = false) MultipartFile file,
                         RedirectAttributes redirect) {
        return started(ward, "members", () -> imports.importMembers(ward, file), redirect);
    }

    /** Back to the list, which follows the import beside the form of its kind. */
    private String started(Ward ward, String kind, Supplier<RegisterImport> start, RedirectAttributes redirect) {
        forms.importStarted(start, redirect);
        redirect.addFlashAttribute("importKind", kind);
        return "redirect:/wards/" + ward.code() + "/community-teams";
    }
}
