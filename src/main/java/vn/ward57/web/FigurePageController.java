package vn.ward57.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ward57.common.web.AskedPeriod;
import vn.ward57.figure.Figure;
import vn.ward57.figure.FigureValue;
import vn.ward57.figure.Figures;
import vn.ward57.org.Ward;
import vn.ward57.org.WardService;

/**
 * The figure catalogue for anyone signed in; with a ward, its values for a period beside each figure. Here
 * rather than in the catalogue module, which the ward organisation contributes figures to.
 */
@Controller
class FigurePageController {

    /** A row of the page: the figure and, when a ward was chosen, its value. */
    record Line(Figure figure, FigureValue value) {
    }

    private final Figures figures;
    private final WardService wards;

    FigurePageController(Figures figures, WardService wards) {
        this.figures = figures;
        this.wards = wards;
    }

    @GetMapping("/figures")
    String page(@RequestParam(required = false) String ward,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) String period, Model model) {
        Map<String, FigureValue> values = Map.of();
        AskedPeriod asked = AskedPeriod.of(from, to, period);
        asked.addTo(model);
        if (ward != null && !ward.isBlank()) {
            Ward chosen = wards.get(ward.strip());
            model.addAttribute("ward", chosen);
            values = figures.values(chosen, asked.from(), asked.to()).stream()
                    .collect(Collectors.toMap(FigureValue::code, Function.identity()));
        }
        Map<String, FigureValue> byCode = values;
        List<Line> lines = figures.all().stream().map(f -> new Line(f, byCode.get(f.code()))).toList();
        model.addAttribute("lines", lines);
        model.addAttribute("wards", wards.visible());
        return "figure/figures";
    }
}
