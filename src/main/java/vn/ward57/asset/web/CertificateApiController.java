package vn.ward57.asset.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.asset.CertificateFilter;
import vn.ward57.asset.CertificateForm;
import vn.ward57.asset.CertificateIssue;
import vn.ward57.asset.domain.CertificateService;
import vn.ward57.common.web.VersionedRegisterApi;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/certificates")
@Tag(name = "Chứng thư số, thư công vụ", description = "Digital certificates and official e-mail accounts issued "
        + "(for bodies / for people; new, renewed, changed), their file import/export and counts per period")
class CertificateApiController
        extends VersionedRegisterApi<Ward, CertificateIssue, CertificateIssue, CertificateForm> {

    private final CertificateService certificates;

    CertificateApiController(CertificateService certificates) {
        super(certificates::create, certificates::get, issue -> issue, certificates::update, certificates::delete,
                CertificateIssue::id, CertificateIssue::version);
        this.certificates = certificates;
    }

    @GetMapping
    List<CertificateIssue> list(Ward ward,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
                                @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String holder,
                                @RequestParam(required = false) String action,
                                @RequestParam(required = false) String q) {
        return certificates.list(ward, new CertificateFilter(from, to, kind, holder, action, q));
    }
}
