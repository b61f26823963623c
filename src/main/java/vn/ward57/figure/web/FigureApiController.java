package vn.ward57.figure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.figure.Figures;

/** The catalogue's definitions; a ward's values are web's WardFigureApiController, which resolves the ward. */
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
}
