package vn.ward57.indicator.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.WardTime;
import vn.ward57.indicator.ValidationService;
import vn.ward57.org.Ward;

@RestController
@Tag(name = "Quy tắc kiểm tra", description = "Validation rules over indicator values and system metrics, "
        + "and the rules a period breaks (issue 5)")
class ValidationApiController {

    private final ValidationService validation;

    ValidationApiController(ValidationService validation) {
        this.validation = validation;
    }

    @GetMapping("/api/v1/wards/{wardCode}/validation-rules")
    List<ValidationService.Rule> rules(Ward ward) {
        return validation.list(ward);
    }

    @PutMapping("/api/v1/wards/{wardCode}/validation-rules/{ruleCode}")
    ValidationService.Rule add(Ward ward, @PathVariable String ruleCode,
                               @Valid @RequestBody ValidationService.Rule rule) {
        return validation.add(ward, ruleCode, rule);
    }

    /** Each rule broken in the period (default: this month) with the values of both sides. */
    @GetMapping("/api/v1/wards/{wardCode}/validation-violations")
    List<ValidationService.Violation> violations(Ward ward, @RequestParam(required = false) String period) {
        return validation.violations(ward,
                period == null ? java.time.YearMonth.from(WardTime.today()).toString() : period);
    }
}
