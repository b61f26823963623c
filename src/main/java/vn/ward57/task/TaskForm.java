package vn.ward57.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.ward57.common.Texts;

/** A task to assign: units by their codes, no deadline for a recurring (thường xuyên) task. */
public record TaskForm(
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.too-long}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.too-long}") String title,
        @Size(max = 50, message = "{validation.too-long}") String phase,
        @Size(max = 50, message = "{validation.too-long}") String leadUnit,
        List<String> coordinatingUnits,
        LocalDate startOn,
        LocalDate deadline,
        @Size(max = 1000, message = "{validation.too-long}") String expectedOutput) {

    public TaskForm {
        code = code == null ? null : code.strip();
        title = title == null ? null : title.strip();
        phase = Texts.blankToNull(phase);
        leadUnit = Texts.blankToNull(leadUnit);
        coordinatingUnits = coordinatingUnits == null ? List.of()
                : coordinatingUnits.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        expectedOutput = Texts.blankToNull(expectedOutput);
    }
}
