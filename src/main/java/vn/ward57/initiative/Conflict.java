package vn.ward57.initiative;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member's declared conflict of interest on an initiative: they do not score it. */
public record Conflict(long id, String username, String fullName, long initiativeId, String initiativeCode,
                       String reason) {

    @Schema(name = "ConflictForm")
    public record Form(String reason) {
    }
}
