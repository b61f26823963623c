package vn.ward57.budget.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import vn.ward57.budget.Disbursement;
import vn.ward57.budget.domain.DisbursementService;
import vn.ward57.common.web.IfMatch;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/disbursements")
@Tag(name = "Giải ngân", description = "Payments from the budget lines; over the adjusted estimate only with a "
        + "leader's reason")
class DisbursementApiController {

    private final DisbursementService disbursements;

    DisbursementApiController(DisbursementService disbursements) {
        this.disbursements = disbursements;
    }

    @GetMapping
    List<Disbursement> list(Ward ward, @RequestParam(required = false) Integer year,
                            @RequestParam(required = false) Long budgetLineId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return disbursements.list(ward, new Disbursement.Filter(year, budgetLineId, from, to));
    }

    @PostMapping
    ResponseEntity<Disbursement> create(Ward ward, @RequestBody Disbursement.Form form) {
        Disbursement created = disbursements.create(ward, form);
        return ResponseEntity.created(URI.create("/api/v1/wards/" + ward.code() + "/disbursements/" + created.id()))
                .body(created);
    }

    /** The payment's version is the ETag: sent back in If-Match, a change of a payment changed since is refused. */
    @GetMapping("/{disbursementId}")
    ResponseEntity<Disbursement> get(Ward ward, @PathVariable long disbursementId) {
        return versioned(disbursements.get(ward, disbursementId));
    }

    @PutMapping("/{disbursementId}")
    ResponseEntity<Disbursement> update(Ward ward, @PathVariable long disbursementId,
                                        @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                        @RequestBody Disbursement.Form form) {
        return versioned(disbursements.update(ward, disbursementId, form, IfMatch.version(ifMatch)));
    }

    @DeleteMapping("/{disbursementId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long disbursementId,
                                @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        disbursements.delete(ward, disbursementId, IfMatch.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<Disbursement> versioned(Disbursement d) {
        return ResponseEntity.ok().eTag(String.valueOf(d.version())).body(d);
    }
}
