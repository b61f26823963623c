package vn.ward57.people.domain;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.org.Ward;
import vn.ward57.people.StaffTrained;
import vn.ward57.people.TrainingCount;
import vn.ward57.people.TrainingFigures;

/** The register's figures ({@link TrainingFigures}), each one SQL aggregate. */
@Service
@Transactional(readOnly = true)
class TrainingFigureService implements TrainingFigures {

    private final TrainingFiguresRepository figures;

    TrainingFigureService(TrainingFiguresRepository figures) {
        this.figures = figures;
    }

    @Override
    public StaffTrained staffTrained(Ward ward, LocalDate asOf) {
        var counts = figures.staffTrained(ward.id().value(), asOf);
        return StaffTrained.of(counts.inPost(), counts.trained());
    }

    @Override
    public TrainingCount training(Ward ward, LocalDate from, LocalDate to) {
        var count = figures.training(ward.id().value(), from, to);
        return new TrainingCount(count.events(), count.participants(), count.certificates());
    }
}
