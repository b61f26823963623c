package vn.ward57.task;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.Ward;
import vn.ward57.task.domain.DirectionRepository;

/** The figures of direction and management (Phụ lục I) for the reports. */
@Service
@Transactional(readOnly = true)
public class DirectionFigures {

    private final DirectionRepository direction;

    DirectionFigures(DirectionRepository direction) {
        this.direction = direction;
    }

    /** Documents issued and meetings held in [from, to], both days included. */
    public DirectionCounts counts(Ward ward, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("stats.period-reversed", "to");
        }
        return direction.counts(ward.id().value(), from, to);
    }
}
