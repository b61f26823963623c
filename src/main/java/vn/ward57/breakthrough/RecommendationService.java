package vn.ward57.breakthrough;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.ward57.breakthrough.domain.Recommendations;
import vn.ward57.org.Ward;

/** What other modules read of the recommendations; the register itself is domain/Recommendations. */
@Service
public class RecommendationService {

    private final Recommendations recommendations;

    RecommendationService(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    /** Every recommendation with all Phụ lục X columns: the ward's own (SELF) first, then HIGHER, by code. */
    public List<Recommendation> list(Ward ward) {
        return recommendations.list(ward);
    }
}
