package vn.ward57.people.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.common.WardTime;
import vn.ward57.org.Ward;
import vn.ward57.people.StaffTrained;
import vn.ward57.people.TrainingCount;
import vn.ward57.people.TrainingFigures;

@RestController
@Tag(name = "Tập huấn, bồi dưỡng", description = "Training events, participants per group and staff attendance")
class TrainingFiguresApiController {

    private final TrainingFigures figures;

    TrainingFiguresApiController(TrainingFigures figures) {
        this.figures = figures;
    }

    /** Staff trained as of asOf, and the training of the year from 1 January up to asOf. */
    @Schema(name = "TrainingFigures")
    record Figures(LocalDate from, LocalDate asOf, long inPost, long trained, BigDecimal share, long events,
                   long participants, long certificates) {
    }

    /** asOf defaults to today (Vietnam's). */
    @GetMapping("/api/v1/wards/{wardCode}/training-figures")
    Figures figures(Ward ward,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate day = asOf == null ? WardTime.today() : asOf;
        LocalDate from = day.withDayOfYear(1);
        StaffTrained staff = figures.staffTrained(ward, day);
        TrainingCount count = figures.training(ward, from, day);
        return new Figures(from, day, staff.inPost(), staff.trained(), staff.share(), count.events(),
                count.participants(), count.certificates());
    }
}
