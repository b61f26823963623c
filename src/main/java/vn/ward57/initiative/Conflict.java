package vn.ward57.initiative;

/** A member's declared conflict of interest on an initiative: they do not score it. */
public record Conflict(long id, String username, String fullName, long initiativeId, String initiativeCode,
                       String reason) {

    public record Form(String reason) {
    }
}
