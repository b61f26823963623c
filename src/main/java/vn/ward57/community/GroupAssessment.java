package vn.ward57.community;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A residential group's assessment in a period: its answer for each criterion answered (by code),
 * the note, and whether it meets every criterion the ward applies now.
 */
public record GroupAssessment(String groupCode, String groupName, Map<String, Boolean> met, String note,
                              boolean assessed, boolean meetsAll, String assessedBy, OffsetDateTime assessedAt) {

    /** What a PUT gives: criterion code → met; criteria not named keep their answer. */
    @Schema(name = "GroupAssessmentForm")
    public record Form(Map<String, Boolean> met, String note) {
    }
}
