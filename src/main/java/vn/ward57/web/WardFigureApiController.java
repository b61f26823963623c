package vn.ward57.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.web.AskedPeriod;
import vn.ward57.figure.FigureValue;
import vn.ward57.figure.Figures;
import vn.ward57.org.Ward;

/**
 * A ward's values of the figure catalogue. Here rather than in the catalogue module, as the figure page is:
 * the ward organisation contributes figures to the catalogue, so the catalogue cannot take its {@link Ward},
 * which is resolved and read-checked here once for all the figures' sources.
 */
@RestController
@Tag(name = "Danh mục số liệu", description = "The figure catalogue and a ward's values (issue 20)")
class WardFigureApiController {

    private final Figures figures;

    WardFigureApiController(Figures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/wards/{wardCode}/figures")
    @Operation(summary = "A ward's value of every figure for [from, to] (or a reporting period's code, e.g. 2026-11, "
            + "2026Q4); asOf is the day each value stands for, source the records it comes from")
    List<FigureValue> values(Ward ward,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String period) {
        AskedPeriod asked = AskedPeriod.of(from, to, period);
        return figures.values(ward, asked.from(), asked.to());
    }
}
