package vn.ward57.common.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request; what it may do is one rule, {@code org.WardAccess}. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    public static Actor get() {
        return find().orElseThrow(() -> new AccessDeniedException("access.login-required"));
    }

    /** Who to write in the audit log: the user, or "system" for start-up work. */
    public static String name() {
        return find().map(Actor::username).orElse("system");
    }
}
