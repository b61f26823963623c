package vn.ward57.breakthrough;

import java.util.regex.Pattern;
import vn.ward57.breakthrough.domain.RecommendationRepository;
import vn.ward57.common.error.InvalidInputException;

/**
 * The columns of Phụ lục X a recommendation cannot leave empty (content, the authority that decides, the lead
 * body, the expected output, the deadline) and its group. A deadline already past is accepted: a report often
 * records late what was proposed earlier; the list shows it as overdue instead.
 */
final class RecommendationRules {

    private static final String P = "recommendation";
    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9._-]+");

    private RecommendationRules() {
    }

    /** The values to store; status is the one asked for (or null to keep the current one). */
    static RecommendationRepository.Values check(RecommendationForm f) {
        if (f == null) {
            throw new InvalidInputException("breakthrough.required", "code", Texts.label(P, "code"));
        }
        String code = Texts.required(f.code(), P, "code", 40);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("breakthrough.bad-code", "code", code);
        }
        String content = Texts.required(f.content(), P, "content", 4000);
        String authority = Texts.required(f.decidingAuthority(), P, "decidingAuthority", 300);
        String lead = Texts.required(f.leadBody(), P, "leadBody", 300);
        String coordinating = Texts.optional(f.coordinatingBodies(), P, "coordinatingBodies", 1000);
        String output = Texts.required(f.expectedOutput(), P, "expectedOutput", 2000);
        if (f.deadline() == null) {
            throw new InvalidInputException("breakthrough.required", "deadline", Texts.label(P, "deadline"));
        }
        String deadlineText = Texts.optional(f.deadlineText(), P, "deadlineText", 100);
        if (f.scope() == null || f.scope().isBlank()) {
            throw new InvalidInputException("breakthrough.required", "scope", Texts.label(P, "scope"));
        }
        RecommendationScope scope = Texts.choice(RecommendationScope.class, f.scope(), "scope", null);
        RecommendationStatus status = Texts.choice(RecommendationStatus.class, f.status(), "status", null);
        return new RecommendationRepository.Values(code, content, authority, lead, coordinating, output,
                f.deadline(), deadlineText, scope.name(), status == null ? null : status.name());
    }

    /** A change of status must go forward (see {@link RecommendationStatus#next()}); staying is no change. */
    static void checkMove(RecommendationStatus from, RecommendationStatus to) {
        if (from != to && !from.next().contains(to)) {
            throw new InvalidInputException("recommendation.bad-move", "status",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("recommendation.status." + from.name()),
                    new org.springframework.context.support.DefaultMessageSourceResolvable("recommendation.status." + to.name()));
        }
    }
}
