package vn.ward57.user.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.ActorPrincipal;

/** The logged-in user: Spring Security's view and the {@link Actor} the access rule reads. */
record AccountDetails(Actor actor, String password, boolean enabled)
        implements UserDetails, ActorPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
