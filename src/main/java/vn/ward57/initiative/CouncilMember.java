package vn.ward57.initiative;

/** A member of a call's council: an app user of the ward; exactly one is the chair. */
public record CouncilMember(long id, String username, String fullName, Role role) {

    public enum Role { CHAIR, MEMBER }

    /** role: CHAIR or MEMBER (default); a text, so that a wrong one is a Vietnamese message, not a parse error. */
    public record Form(String username, String role) {
    }
}
