package vn.ward57.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ward57.common.Codes;

/** Creating a province, a ward or a unit: {@code {code, name}}. */
public record CodeNameForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = Codes.MAX_CODE, message = "{validation.too-long}")
        @Pattern(regexp = Codes.PATTERN, message = "{validation.code}")
        String code,
        @NotBlank(message = "{validation.required}")
        @Size(max = Codes.MAX_NAME, message = "{validation.too-long}")
        String name) {

    public CodeNameForm {
        code = code == null ? null : code.strip();
        name = name == null ? null : name.strip();
    }
}
