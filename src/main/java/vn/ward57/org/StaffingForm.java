package vn.ward57.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Biên chế of a unit for a year: positions allotted and filled. */
public record StaffingForm(
        @NotNull(message = "{validation.required}")
        @PositiveOrZero(message = "{validation.not-negative}")
        @Max(value = 10_000, message = "{validation.too-large}")
        Integer allotted,
        @NotNull(message = "{validation.required}")
        @PositiveOrZero(message = "{validation.not-negative}")
        @Max(value = 10_000, message = "{validation.too-large}")
        Integer filled,
        @Size(max = 500, message = "{validation.too-long}")
        String note) {
}
