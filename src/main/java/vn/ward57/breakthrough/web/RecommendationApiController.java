package vn.ward57.breakthrough.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ward57.breakthrough.FollowUpForm;
import vn.ward57.breakthrough.Recommendation;
import vn.ward57.breakthrough.RecommendationFilter;
import vn.ward57.breakthrough.RecommendationForm;
import vn.ward57.breakthrough.domain.Recommendations;
import vn.ward57.common.WardTime;
import vn.ward57.common.web.RegisterApi;
import vn.ward57.org.Ward;

@RestController
@RequestMapping("/api/v1/wards/{wardCode}/recommendations")
@Tag(name = "Đề xuất, kiến nghị", description = "Recommendations with the columns of Phụ lục X, grouped into what "
        + "the ward resolves itself (SELF) and what needs a higher level (HIGHER), with their follow-up")
class RecommendationApiController extends RegisterApi<Ward, Recommendation, RecommendationForm> {

    private final Recommendations recommendations;

    RecommendationApiController(Recommendations recommendations) {
        super(recommendations::create, recommendations::get, recommendations::update, recommendations::delete,
                Recommendation::id);
        this.recommendations = recommendations;
    }

    @GetMapping
    List<Recommendation> list(Ward ward, @RequestParam(required = false) String scope,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) Boolean overdue,
                              @RequestParam(required = false) String q) {
        return recommendations.list(ward, new RecommendationFilter(scope, status, overdue, q), WardTime.today());
    }

    /** A follow-up entry: {"status": "SENT", "onDate": "2026-11-20", "note": "…"}; the status moves forward only. */
    @PostMapping("/{recommendationId}/follow-ups")
    Recommendation followUp(Ward ward, @PathVariable long recommendationId,
                            @RequestBody(required = false) FollowUpForm form) {
        return recommendations.followUp(ward, recommendationId, form);
    }
}
