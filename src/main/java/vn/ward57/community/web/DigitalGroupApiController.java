package vn.ward57.community.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.community.domain.CriteriaService;
import vn.ward57.community.Criterion;
import vn.ward57.community.DigitalGroupGrid;
import vn.ward57.community.domain.DigitalGroupService;
import vn.ward57.community.GroupAssessment;
import vn.ward57.common.web.RegisterApi;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}")
@Tag(name = "Tổ dân phố số", description = "The ward's checklist and each residential group assessed against it per period")
class DigitalGroupApiController {

    private final CriteriaService criteria;
    private final DigitalGroupService groups;

    DigitalGroupApiController(CriteriaService criteria, DigitalGroupService groups) {
        this.criteria = criteria;
        this.groups = groups;
    }

    @GetMapping("/digital-group-criteria")
    List<Criterion> criteria(Ward ward) {
        return criteria.list(ward);
    }

    @PostMapping("/digital-group-criteria")
    ResponseEntity<Criterion> create(Ward ward, @RequestBody Criterion.Form form) {
        Criterion created = criteria.create(ward, form);
        return RegisterApi.created(created.id(), created);
    }

    @PutMapping("/digital-group-criteria/{criterionId}")
    Criterion update(Ward ward, @PathVariable long criterionId,
                     @RequestBody Criterion.Form form) {
        return criteria.update(ward, criterionId, form);
    }

    @DeleteMapping("/digital-group-criteria/{criterionId}")
    ResponseEntity<Void> delete(Ward ward, @PathVariable long criterionId) {
        criteria.delete(ward, criterionId);
        return ResponseEntity.noContent().build();
    }

    /** Every residential group in the period (default: the latest assessed, or the current half-year). */
    @GetMapping("/digital-groups")
    DigitalGroupGrid grid(Ward ward, @RequestParam(required = false) String period) {
        return groups.grid(ward, period);
    }

    @PutMapping("/digital-groups/{groupCode}/{period}")
    GroupAssessment assess(Ward ward, @PathVariable String groupCode,
                           @PathVariable String period, @RequestBody GroupAssessment.Form form) {
        return groups.assess(ward, groupCode, period, form);
    }
}
