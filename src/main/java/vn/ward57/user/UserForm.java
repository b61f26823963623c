package vn.ward57.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import vn.ward57.common.Codes;
import vn.ward57.common.Texts;
import vn.ward57.common.security.Role;

/**
 * Creating or changing a user. A ward role names its ward (and optionally the unit an officer
 * is limited to); a province admin names provinces. On change, the username may be left out (the
 * path names the user) and an empty password keeps the old one. The e-mail address is optional.
 */
public record UserForm(
        @Size(max = 50, message = "{validation.too-long}")
        @Pattern(regexp = "^[a-z0-9][a-z0-9._-]*$", message = "{validation.username}")
        String username,
        @NotBlank(message = "{validation.required}")
        @Size(max = Codes.MAX_NAME, message = "{validation.too-long}")
        String fullName,
        @Email(message = "{field.email.invalid}")
        @Size(max = MAX_EMAIL, message = "{validation.too-long}")
        String email,
        @NotNull(message = "{validation.required}")
        Role role,
        @Size(max = Codes.MAX_CODE, message = "{validation.too-long}")
        String wardCode,
        @Size(max = Codes.MAX_CODE, message = "{validation.too-long}")
        String unitCode,
        List<String> provinceCodes,
        @Size(max = 100, message = "{validation.too-long}")
        String password,
        Boolean enabled) {

    public UserForm {
        username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        fullName = fullName == null ? null : fullName.strip();
        email = Texts.blankToNull(email);
        wardCode = Texts.blankToNull(wardCode);
        unitCode = Texts.blankToNull(unitCode);
        provinceCodes = provinceCodes == null ? List.of() : provinceCodes.stream().filter(c -> !c.isBlank()).toList();
        password = Texts.blankToNull(password);
    }

    /** The length of app_user.email. */
    public static final int MAX_EMAIL = 200;

    public boolean isEnabled() {
        return enabled == null || enabled;
    }
}
