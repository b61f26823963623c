package vn.ward57.user;

import java.util.List;
import vn.ward57.common.security.Role;

/** A user as pages and the API show it; never carries the password hash. email: where reminders go, or null. */
public record UserAccount(String username, String fullName, String email, Role role, String wardCode,
                          String unitCode, List<String> provinceCodes, boolean enabled) {
}
