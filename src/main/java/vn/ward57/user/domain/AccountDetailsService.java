package vn.ward57.user.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.ward57.common.security.Actor;
import vn.ward57.org.OrgLookup;
import vn.ward57.org.Province;
import vn.ward57.org.Unit;
import vn.ward57.org.UnitId;
import vn.ward57.org.Ward;
import vn.ward57.org.WardId;

/**
 * Loads a user for the login, with the wards and provinces their role covers; stores the new hash
 * when the login finds the password hashed the old way.
 */
@Service
public class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;
    private final OrgLookup org;

    AccountDetailsService(UserRepository users, OrgLookup org) {
        this.users = users;
        this.org = org;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRecord user = users.find(username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException(username));
        String wardCode = null;
        String unitCode = null;
        Set<String> provinces = Set.of();
        if (user.wardId() != null) {
            wardCode = org.ward(new WardId(user.wardId())).map(Ward::code).orElse(null);
            unitCode = user.unitId() == null ? null : org.unit(new UnitId(user.unitId())).map(Unit::code).orElse(null);
        } else {
            provinces = users.provinceIds(user.id()).stream()
                    .flatMap(id -> org.province(id).map(Province::code).stream())
                    .collect(Collectors.toSet());
        }
        Actor actor = new Actor(user.username(), user.fullName(), user.role(), provinces, wardCode, unitCode);
        return new AccountDetails(actor, user.passwordHash(), user.enabled());
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        users.rehash(user.getUsername(), user.getPassword(), newHash);
        AccountDetails account = (AccountDetails) user;
        return new AccountDetails(account.actor(), newHash, account.enabled());
    }
}
