package vn.ward57.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A meeting of the register (giao ban, sơ kết, hội nghị): who chaired it and what it concluded. */
public record Meeting(long id, String wardCode, LocalDate heldOn, Kind kind, String title,
                      Directive.SignerRole chairedBy, String chairName, String conclusions) {

    /** Giao ban tuần / tháng / quý, sơ kết – tổng kết, hội nghị, khác. */
    public enum Kind { WEEKLY, MONTHLY, QUARTERLY, REVIEW, CONFERENCE, OTHER }

    /** A meeting to register. */
    @Schema(name = "MeetingForm")
    public record Form(
            @NotNull(message = "{validation.required}") LocalDate heldOn,
            @NotNull(message = "{validation.required}") Kind kind,
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String title,
            @NotNull(message = "{validation.required}") Directive.SignerRole chairedBy,
            @Size(max = 200, message = "{validation.too-long}") String chairName,
            @Size(max = 8000, message = "{validation.too-long}") String conclusions) {
    }
}
