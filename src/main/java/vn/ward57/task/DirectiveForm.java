package vn.ward57.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.ward57.common.Texts;

/** A directive to register (issue 4's POST body), and the page's form. */
public record DirectiveForm(
        @NotNull(message = "{directive.type-required}") DirectiveType type,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String number,
        @NotNull(message = "{validation.required}") LocalDate issuedOn,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.too-long}") String issuer,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.too-long}") String title,
        Directive.SignerRole signerRole,
        Boolean issuedByWard,
        @Size(max = 200, message = "{validation.too-long}") String signerName,
        @Size(max = 4000, message = "{validation.too-long}") String summary,
        List<Long> implementsIds) {

    public DirectiveForm {
        number = number == null ? null : number.strip();
        issuer = issuer == null ? null : issuer.strip();
        title = title == null ? null : title.strip();
        issuedByWard = Boolean.TRUE.equals(issuedByWard);
        signerName = Texts.blankToNull(signerName);
        summary = Texts.blankToNull(summary);
        implementsIds = implementsIds == null ? List.of() : List.copyOf(implementsIds);
    }
}
