package vn.ward57.asset.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.CertificateFilter;
import vn.ward57.asset.CertificateForm;
import vn.ward57.asset.CertificateIssue;
import vn.ward57.asset.CertificateService;
import vn.ward57.asset.CertificateSummary;
import vn.ward57.asset.CertificateTable;
import vn.ward57.common.WardTime;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.common.web.IfMatch;

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
    List<CertificateIssue> list(@PathVariable String wardCode,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String holder,
                                @RequestParam(required = false) String action,
                                @RequestParam(required = false) String q) {
        return certificates.list(wardCode, new CertificateFilter(from, to, kind, holder, action, q));
    }

    @PostMapping("/certificates")
    ResponseEntity<CertificateIssue> create(@PathVariable String wardCode, @RequestBody CertificateForm form) {
        CertificateIssue created = certificates.create(wardCode, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + wardCode + "/certificates/" + created.id()))
                .body(created);
    }

    /** The line with its version as ETag: sent back in If-Match, a change of a line changed since is refused. */
    @GetMapping("/certificates/{certificateId}")
    ResponseEntity<CertificateIssue> get(@PathVariable String wardCode, @PathVariable long certificateId) {
        return versioned(certificates.get(wardCode, certificateId));
    }

    @PutMapping("/certificates/{certificateId}")
    ResponseEntity<CertificateIssue> update(@PathVariable String wardCode, @PathVariable long certificateId,
                                            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                            @RequestBody CertificateForm form) {
        return versioned(certificates.update(wardCode, certificateId, form, IfMatch.version(ifMatch)));
    }

    @DeleteMapping("/certificates/{certificateId}")
    ResponseEntity<Void> delete(@PathVariable String wardCode, @PathVariable long certificateId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        certificates.delete(wardCode, certificateId, IfMatch.version(ifMatch));
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
    ResponseEntity<RegisterImport> importFile(@PathVariable String wardCode,
                                              @RequestParam(required = false) MultipartFile file) {
        return RegisterImports.accepted(table.importFile(wardCode, file));
    }

    /** certificates.csv or certificates.xlsx, narrowed like the list. */
    @GetMapping("/certificates.{format}")
    ResponseEntity<byte[]> export(@PathVariable String wardCode, @PathVariable String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String kind,
                                  @RequestParam(required = false) String holder,
                                  @RequestParam(required = false) String action,
                                  @RequestParam(required = false) String q) {
        TableData data = table.export(wardCode, new CertificateFilter(from, to, kind, holder, action, q));
        return TableExport.download(format, data.baseName(), data.headers(), data.rows());
    }

    /** Every kind × holder × action issued in [from, to]; by default from 1 January of this year to today. */
    @GetMapping("/certificate-summary")
    CertificateSummary summary(@PathVariable String wardCode,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        LocalDate today = WardTime.today();
        return figures.certificates(wardCode, from == null ? today.withDayOfYear(1) : from, to == null ? today : to);
    }
}
