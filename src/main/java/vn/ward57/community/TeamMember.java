package vn.ward57.community;

import java.time.LocalDate;

/** A member of a team; from leftOn on they no longer count. */
public record TeamMember(long id, long teamId, String fullName, MemberRole role, String phone, LocalDate joinedOn,
                         LocalDate leftOn) {

    public boolean activeOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
