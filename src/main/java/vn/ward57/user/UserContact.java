package vn.ward57.user;

import vn.ward57.common.security.Role;

/** An enabled ward user with an e-mail address, as the reminders need them; unitCode: the unit they are limited to. */
public record UserContact(String username, String fullName, String email, Role role, String unitCode) {
}
