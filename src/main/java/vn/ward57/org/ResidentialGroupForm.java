package vn.ward57.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import vn.ward57.common.Codes;
import vn.ward57.common.Texts;

/** Creating or editing a residential group; on edit the code must equal the existing one or be empty. */
public record ResidentialGroupForm(
        @Size(max = Codes.MAX_CODE, message = "{validation.too-long}")
        @Pattern(regexp = Codes.PATTERN, message = "{validation.code}")
        String code,
        @NotBlank(message = "{validation.required}")
        @Size(max = Codes.MAX_NAME, message = "{validation.too-long}")
        String name,
        @PositiveOrZero(message = "{validation.not-negative}")
        @Max(value = 100_000, message = "{validation.too-large}")
        Integer households) {

    public ResidentialGroupForm {
        code = Texts.blankToNull(code);
        name = name == null ? null : name.strip();
    }
}
