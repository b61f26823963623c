package vn.ward57.task;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.common.error.InvalidInputException;
import vn.ward57.org.WardService;
import vn.ward57.task.domain.DirectionRepository;

/** The figures of direction and management (Phụ lục I) for the reports. */
@Service
@Transactional(readOnly = true)
public class DirectionFigures {

    private final WardService wards;
    private final DirectionRepository direction;

    DirectionFigures(WardService wards, DirectionRepository direction) {
        this.wards = wards;
        this.direction = direction;
    }

    /** Documents issued and meetings held in [from, to], both days included. */
    public DirectionCounts counts(String wardCode, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("stats.period-reversed", "to");
        }
        return direction.counts(wards.get(wardCode).id().value(), from, to);
    }
}
