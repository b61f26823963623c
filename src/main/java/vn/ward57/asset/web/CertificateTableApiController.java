package vn.ward57.asset.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ward57.common.imports.RegisterImport;
import vn.ward57.common.imports.RegisterImports;
import vn.ward57.asset.AssetFigures;
import vn.ward57.asset.CertificateFilter;
import vn.ward57.asset.CertificateSummary;
import vn.ward57.asset.domain.CertificateTable;
import vn.ward57.common.WardTime;
import vn.ward57.common.table.TableData;
import vn.ward57.common.table.TableExport;
import vn.ward57.org.Ward;

/** The certificates as a file (import, export) and their counts, beside the register's records. */
@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Chứng thư số, thư công vụ")
class CertificateTableApiController {

    private final CertificateTable table;
    private final AssetFigures figures;

    CertificateTableApiController(CertificateTable table, AssetFigures figures) {
        this.table = table;
        this.figures = figures;
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
        return TableExport.download(format, data);
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
