package vn.ward57.user;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitId;
import vn.ward57.org.WardId;
import vn.ward57.user.domain.UserRepository;

/**
 * Whom to write to, without an access check: for jobs that run with nobody logged in (the daily
 * reminders). Pages and the API use {@link UserService}.
 */
@Service
@Transactional(readOnly = true)
public class UserContacts {

    private final UserRepository users;
    private final OrgLookup org;

    UserContacts(UserRepository users, OrgLookup org) {
        this.users = users;
        this.org = org;
    }

    /** The enabled users of the ward who gave an e-mail address. */
    public List<UserContact> withEmail(WardId ward) {
        return users.findWithEmail(ward.value()).stream()
                .map(u -> new UserContact(u.username(), u.fullName(), u.email(), u.role(),
                        u.unitId() == null ? null : org.unit(new UnitId(u.unitId())).map(Unit::code).orElse(null)))
                .toList();
    }
}
