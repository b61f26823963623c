package vn.ward57.user.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.ward57.common.security.Role;

/** A row of app_user as stored. */
public record UserRecord(long id, String username, String passwordHash, String fullName, String email, Role role,
                         Long wardId, Long unitId, boolean enabled, int failedLogins, OffsetDateTime lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
    }
}
