package vn.ward57.user.domain;

import vn.ward57.common.security.Role;

/** A row of app_user as stored. */
record UserRecord(long id, String username, String passwordHash, String fullName, String email, Role role,
                         Long wardId, Long unitId, boolean enabled) {
}
