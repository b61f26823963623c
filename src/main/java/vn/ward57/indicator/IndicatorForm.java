package vn.ward57.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.ward57.common.ReportingPeriod;

/** A ward's own indicator to add to its catalogue. */
public record IndicatorForm(
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.too-long}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.too-long}") String name,
        @NotNull(message = "{validation.required}") Indicator.Unit unit,
        Judgement.Direction direction,
        @NotNull(message = "{validation.required}") ReportingPeriod.Kind periodType,
        @NotNull(message = "{validation.required}") Indicator.Source source,
        String metric,
        @Size(max = 50, message = "{validation.too-long}") String numerator,
        @Size(max = 50, message = "{validation.too-long}") String denominator,
        BigDecimal factor,
        @Size(max = 50, message = "{validation.too-long}") String leadUnit,
        BigDecimal amberWithin,
        Boolean byPace) {
}
