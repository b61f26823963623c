package vn.ward57.initiative;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A rubric criterion of a call: weighted, scored 0..maxScore in steps of 0.5. */
@Schema(name = "InitiativeCriterion")
public record Criterion(long id, String code, String name, BigDecimal weight, int maxScore) {

    /** One criterion of a rubric being set. */
    @Schema(name = "InitiativeCriterionForm")
    public record Form(String code, String name, BigDecimal weight, Integer maxScore) {
    }

    /** A whole rubric, as the API replaces it. */
    public record Rubric(java.util.List<Form> criteria) {
    }
}
