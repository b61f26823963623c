package vn.ward57.budget.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.budget.Disbursement;
import vn.ward57.budget.domain.DisbursementService;
import vn.ward57.common.web.VersionedRegisterApi;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/disbursements")
@Tag(name = "Giải ngân", description = "Payments from the budget lines; over the adjusted estimate only with a "
        + "leader's reason")
class DisbursementApiController
        extends VersionedRegisterApi<Ward, Disbursement, Disbursement, Disbursement.Form> {

    private final DisbursementService disbursements;

    DisbursementApiController(DisbursementService disbursements) {
        super(disbursements::create, disbursements::get, payment -> payment, disbursements::update,
                disbursements::delete, Disbursement::id, Disbursement::version);
        this.disbursements = disbursements;
    }

    @GetMapping
    List<Disbursement> list(Ward ward, @RequestParam(required = false) Integer year,
                            @RequestParam(required = false) Long budgetLineId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return disbursements.list(ward, new Disbursement.Filter(year, budgetLineId, from, to));
    }
}
