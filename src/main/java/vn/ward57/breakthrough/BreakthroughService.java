package vn.ward57.breakthrough;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.breakthrough.domain.Breakthroughs;
import vn.ward57.org.Ward;

/** What other modules read of the breakthrough models; the register itself is domain/Breakthroughs. */
@Service
public class BreakthroughService {

    private final Breakthroughs models;

    BreakthroughService(Breakthroughs models) {
        this.models = models;
    }

    /** Every model of the ward with all Phụ lục IX columns, in code order. */
    public List<Breakthrough> list(Ward ward) {
        return models.list(ward);
    }
}
