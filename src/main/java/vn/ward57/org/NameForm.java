package vn.ward57.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ward57.common.Codes;

/** Renaming: codes are stable, only the name changes. */
public record NameForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = Codes.MAX_NAME, message = "{validation.too-long}")
        String name) {

    public NameForm {
        name = name == null ? null : name.strip();
    }
}
