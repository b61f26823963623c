package vn.ward57.initiative;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member of a call's council: an app user of the ward; exactly one is the chair. */
public record CouncilMember(long id, String username, String fullName, Role role) {

    public enum Role { CHAIR, MEMBER }

    /** role: CHAIR or MEMBER (default); a text, so that a wrong one is a Vietnamese message, not a parse error. */
    @Schema(name = "CouncilMemberForm")
    public record Form(String username, String role) {
    }
}
