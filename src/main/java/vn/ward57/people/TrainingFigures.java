package vn.ward57.people;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.org.Ward;
import vn.ward57.people.domain.TrainingFiguresRepository;

/** The figures of the people register that indicators and reports read, of a ward the caller has read-checked. */
@Service
@Transactional(readOnly = true)
public class TrainingFigures {

    private final TrainingFiguresRepository figures;

    TrainingFigures(TrainingFiguresRepository figures) {
        this.figures = figures;
    }

    /**
     * Staff in post on asOf (in_post_from ≤ asOf, in_post_to null or after it), those of them who
     * attended at least one digital-skills event (programme not OTHER) held on or before asOf, and
     * the share trained × 100 / in post, 2 decimals half up (null when nobody is in post).
     */
    public StaffTrained staffTrained(Ward ward, LocalDate asOf) {
        var counts = figures.staffTrained(ward.id().value(), asOf);
        return StaffTrained.of(counts.inPost(), counts.trained());
    }

    /** Events held in [from, to], their participants over all target groups, certificates issued. */
    public TrainingCount training(Ward ward, LocalDate from, LocalDate to) {
        var count = figures.training(ward.id().value(), from, to);
        return new TrainingCount(count.events(), count.participants(), count.certificates());
    }
}
