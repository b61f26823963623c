package vn.ward57.breakthrough.domain;

import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.ward57.breakthrough.RecommendationForm;
import vn.ward57.breakthrough.RecommendationScope;
import vn.ward57.breakthrough.RecommendationStatus;
import vn.ward57.common.error.InvalidInputException;

/**
 * The columns of Phụ lục X a recommendation cannot leave empty (content, the authority that decides, the lead
 * body, the expected output, the deadline) and its group. A deadline already past is accepted: a report often
 * records late what was proposed earlier; the list shows it as overdue instead.
 */
final class RecommendationRules {

    private RecommendationRules() {
    }

    /** The values to store (status: the one asked for, or null to keep the current one) and every fault. */
    record Checked(RecommendationRepository.Values values, List<InvalidInputException> faults) {
    }

    static Checked check(RecommendationForm form) {
        RecommendationForm f = form != null ? form
                : new RecommendationForm(null, null, null, null, null, null, null, null, null, null);
        Texts t = new Texts("recommendation");
        String code = t.required(f.code(), "code", 40);
        if (code != null && !BreakthroughRules.CODE.matcher(code).matches()) {
            t.fault("breakthrough.bad-code", "code", code);
        }
        String content = t.required(f.content(), "content", 4000);
        String authority = t.required(f.decidingAuthority(), "decidingAuthority", 300);
        String lead = t.required(f.leadBody(), "leadBody", 300);
        String coordinating = t.optional(f.coordinatingBodies(), "coordinatingBodies", 1000);
        String output = t.required(f.expectedOutput(), "expectedOutput", 2000);
        t.required(f.deadline(), "deadline");
        String deadlineText = t.optional(f.deadlineText(), "deadlineText", 100);
        RecommendationScope scope = t.choice(RecommendationScope.class, f.scope(), "scope", null);
        if (f.scope() == null || f.scope().isBlank()) {
            t.fault("breakthrough.required", "scope", Texts.label("recommendation", "scope"));
        }
        RecommendationStatus status = t.choice(RecommendationStatus.class, f.status(), "status", null);
        return new Checked(new RecommendationRepository.Values(code, content, authority, lead, coordinating, output,
                f.deadline(), deadlineText, scope == null ? null : scope.name(), status == null ? null : status.name()),
                t.faults());
    }

    /** A change of status must go forward (see {@link RecommendationStatus#next()}); staying is no change. */
    static void checkMove(RecommendationStatus from, RecommendationStatus to) {
        if (from != to && !from.next().contains(to)) {
            throw new InvalidInputException("recommendation.bad-move", "status",
                    new DefaultMessageSourceResolvable("recommendation.status." + from.name()),
                    new DefaultMessageSourceResolvable("recommendation.status." + to.name()));
        }
    }
}
