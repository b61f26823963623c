package vn.ward57.community;

import io.swagger.v3.oas.annotations.media.Schema;

/** A criterion of the ward's "Tổ dân phố số" checklist; an inactive one is no longer assessed. */
@Schema(name = "DigitalGroupCriterion")
public record Criterion(long id, String code, String name, int sortOrder, boolean active) {

    /** A criterion to add or change; sortOrder null: 0, active null: true. */
    @Schema(name = "DigitalGroupCriterionForm")
    public record Form(String code, String name, Integer sortOrder, Boolean active) {
    }
}
