package vn.ward57.asset.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.CertificateFilter;
import vn.ward57.asset.CertificateForm;
import vn.ward57.asset.CertificateIssue;
import vn.ward57.asset.CertificateSummary;
import vn.ward57.asset.domain.CertificateService;
import vn.ward57.asset.domain.CertificateTable;
import vn.ward57.common.WardTime;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.IfMatch;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Chứng thư số, thư công vụ", description = "Digital certificates and official e-mail accounts issued "
        + "(for bodies / for people; new, renewed, changed), their file import/export and counts per period")
class CertificateApiController {

    private final CertificateService certificates;
    private final CertificateTable table;
    private final AssetFigures figures;

    CertificateApiController(CertificateService certificates, CertificateTable table, AssetFigures figures) {
        this.certificates = certificates;
        this.table = table;
        this.figures = figures;
    }

    @GetMapping("/certificates")
    List<CertificateIssue> list(Ward ward,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String holder,
                                @RequestParam(required = false) String action,
                                @RequestParam(required = false) String q) {
        return certificates.list(ward, new CertificateFilter(from, to, kind, holder, action, q));
    }

    @PostMapping("/certificates")
    ResponseEntity<CertificateIssue> create(Ward ward, @RequestBody CertificateForm form) {
        CertificateIssue created = certificates.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/certificates/" + created.id()))
                .body(created);
    }

    /** The line with its version as ETag: sent back in If-Match, a change of a line changed since is refused. */
    @GetMapping("/certificates/{certificateId}")
    ResponseEntity<CertificateIssue> get(Ward ward, @PathVariable long certificateId) {
        return versioned(certificates.get(ward, certificateId));
    }

    @PutMapping("/certificates/{certificateId}")
    ResponseEntity<CertificateIssue> update(Ward ward, @PathVariable long certificateId,
                                            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                            @RequestBody CertificateForm form) {
        return versioned(certificates.update(ward, certificateId, form, IfMatch.version(ifMatch)));
    }

    @DeleteMapping("/certificates/{certificateId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long certificateId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        certificates.delete(ward, certificateId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<CertificateIssue> versioned(CertificateIssue issue) {
        return ResponseEntity.ok().eTag(String.valueOf(issue.version())).body(issue);
    }

    /**
     * Accepts the file (202, Location: /api/v1/imports/{id}) and imports it in the background, all rows or
     * none: the import's status then lists every faulty cell (row, column, value, why).
     */
    @PostMapping("/certificate-imports")
    ResponseEntity<RegisterImport> importFile(Ward ward,
                                              @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(table.importFile(ward, file));
    }

    /** certificates.csv or certificates.xlsx, narrowed like the list. */
    @GetMapping("/certificates.{format}")
    ResponseEntity<byte[]> export(Ward ward, @PathVariable String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String holder,
                                  @RequestParam(required = false) String action,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(ward, new CertificateFilter(from, to, kind, holder, action, q));
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }

    /** Every kind × holder × action issued in [from, to]; by default from 1 January of this year to today. */
    @GetMapping("/certificate-summary")
    CertificateSummary summary(Ward ward,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        LocalDate today = WardTime.today();
        return figures.certificates(ward, from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
    }
}
