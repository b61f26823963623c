package vn.ward57.figure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.web.AskedPeriod;
import vn.ward57.figure.FigureValue;
import vn.ward57.figure.Figures;

@RestController
@Tag(name = "Danh mục số liệu", description = "The figure catalogue and a ward's values (issue 20)")
class FigureApiController {

    /** A figure as the catalogue's API lists it. */
    record FigureEntry(String code, String name, String unit, String owner, String definition) {
    }

    private final Figures figures;

    FigureApiController(Figures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/figures")
    @Operation(summary = "Every figure: code, Vietnamese name, unit (COUNT, PERCENT, VND), owning module, definition")
    List<FigureEntry> catalogue() {
        return figures.all().stream()
                .map(f -> new FigureEntry(f.code(), f.name(), f.unit().name(), f.owner(), f.definition())).toList();
    }

    @GetMapping("/api/v1/wards/{wardCode}/figures")
    @Operation(summary = "A ward's value of every figure for [from, to] (or a reporting period's code, e.g. 2026-11, "
            + "2026Q4); asOf is the day each value stands for, source the records it comes from")
    List<FigureValue> values(@PathVariable String wardCode,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String period) {
        AskedPeriod asked = AskedPeriod.of(from, to, period);
        return figures.values(wardCode, asked.from(), asked.to());
    }
}
