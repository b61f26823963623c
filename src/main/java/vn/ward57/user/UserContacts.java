package vn.ward57.user;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;
import vn.ward57.user.domain.UserService;

/**
 * The users of a ward, for other modules: without an access check of its own, so for a ward its caller has
 * read-checked, or for jobs that run with nobody logged in (the daily reminders). Managing users is
 * user/domain's {@link UserService}, behind the user pages and API.
 */
@Service
public class UserContacts {

    private final UserService users;

    UserContacts(UserService users) {
        this.users = users;
    }

    /** The users of the ward, as a member list or a select shows them. */
    public List<UserAccount> ofWard(Ward ward) {
        return users.ofWard(ward);
    }

    /** The people behind the usernames the audit log and histories keep: username → full name. */
    public Map<String, String> fullNames(Collection<String> usernames) {
        return users.fullNames(usernames);
    }

    /** The enabled users of the ward who gave an e-mail address. */
    public List<UserContact> withEmail(WardId ward) {
        return users.withEmail(ward);
    }
}
