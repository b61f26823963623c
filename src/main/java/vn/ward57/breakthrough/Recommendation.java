package vn.ward57.breakthrough;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recommendation with the columns of Phụ lục X; deadlineText keeps the report's wording ("6 tháng cuối
 * năm 2026") beside the day it means. overdue: the deadline has passed (before today) and it is still open.
 */
public record Recommendation(long id, String wardCode, String code, String content, String decidingAuthority,
                             String leadBody, String coordinatingBodies, String expectedOutput, LocalDate deadline,
                             String deadlineText, RecommendationScope scope, RecommendationStatus status,
                             boolean overdue, List<FollowUp> followUps) {

    /** One entry of the follow-up log: the status it moved to, on which day, why, who recorded it and when. */
    public record FollowUp(RecommendationStatus status, LocalDate onDate, String note, String actor,
                           OffsetDateTime recordedAt) {
    }
}
