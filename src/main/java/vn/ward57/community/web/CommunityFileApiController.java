package vn.ward57.community.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.WardTime;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableExport;
import vn.ward57.community.CommunityFigures;
import vn.ward57.community.domain.CommunityExportService;
import vn.ward57.community.domain.CommunityImportService;
import vn.ward57.org.Ward;

/**
 * The register's files (imported all or nothing in the background, exported with the same headers) and its
 * figures.
 */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Tổ công nghệ số cộng đồng")
class CommunityFileApiController {

    private final CommunityImportService imports;
    private final CommunityExportService exports;
    private final CommunityFigures figures;

    CommunityFileApiController(CommunityImportService imports, CommunityExportService exports,
                               CommunityFigures figures) {
        this.imports = imports;
        this.exports = exports;
        this.figures = figures;
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or
     * none: the import's status then lists every faulty cell. The file is optional here so that access is
     * checked first.
     */
    @PostMapping("/community-team-imports")
    ResponseEntity<RegisterImport> importTeams(Ward ward,
                                               @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(imports.importTeams(ward, file));
    }

    @PostMapping("/community-team-member-imports")
    ResponseEntity<RegisterImport> importMembers(Ward ward,
                                                 @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(imports.importMembers(ward, file));
    }

    /** format: csv or xlsx. */
    @GetMapping("/community-teams.{format}")
    ResponseEntity<byte[]> exportTeams(Ward ward, @PathVariable String format) {
        return TableExport.download(format, exports.teams(ward));
    }

    @GetMapping("/community-team-members.{format}")
    ResponseEntity<byte[]> exportMembers(Ward ward, @PathVariable String format) {
        return TableExport.download(format, exports.members(ward));
    }

    /** Teams and members as of the day (default today), residents helped from 1 January to it, groups. */
    @GetMapping("/community-figures")
    CommunityFigures.Summary figures(Ward ward,
                                     @RequestParam(required = false) LocalDate asOf) {
        return figures.summary(ward, asOf == null ? WardTime.today() : asOf);
    }
}
