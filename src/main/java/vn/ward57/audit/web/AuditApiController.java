package vn.ward57.audit.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.audit.AuditFilter;
import vn.ward57.audit.AuditPage;
import vn.ward57.audit.domain.AuditService;
import vn.ward57.org.Ward;

@RestController
@Tag(name = "Nhật ký", description = "Audit log")
class AuditApiController {

    private final AuditService audit;

    AuditApiController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/wards/{wardCode}/audit")
    AuditPage ofWard(Ward ward,
                     @RequestParam(required = false) String actor,
                     @RequestParam(required = false) String entity,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) Integer page) {
        return audit.search(ward, new AuditFilter(null, actor, entity, from, to, page));
    }
}
