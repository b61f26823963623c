package vn.ward57.common.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current request. The require… checks left are the report module's, until it takes the one
 * rule ({@code org.WardAccess}); then they go.
 */
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

    public static Actor requireReadWard(String provinceCode, String wardCode) {
        Actor actor = get();
        if (!actor.canReadWard(provinceCode, wardCode)) {
            throw new AccessDeniedException("access.ward-denied");
        }
        return actor;
    }

    public static Actor requireEnterData(String provinceCode, String wardCode) {
        Actor actor = get();
        if (!actor.canEnterData(provinceCode, wardCode)) {
            throw new AccessDeniedException(actor.canReadWard(provinceCode, wardCode)
                    ? "access.ward-read-only" : "access.ward-denied");
        }
        return actor;
    }

    /** leaderOnlyKey says what only the leaders may do, to a user of the ward who may not. */
    public static Actor requireDirectWard(String provinceCode, String wardCode, String leaderOnlyKey) {
        Actor actor = get();
        if (!actor.canDirectWard(provinceCode, wardCode)) {
            throw new AccessDeniedException(actor.canReadWard(provinceCode, wardCode)
                    ? leaderOnlyKey : "access.ward-denied");
        }
        return actor;
    }

    public static Actor requireProvinceAdmin(String provinceCode) {
        Actor actor = get();
        if (!actor.isProvinceAdmin() || (provinceCode != null && !actor.provinceCodes().contains(provinceCode))) {
            throw new AccessDeniedException("access.province-denied");
        }
        return actor;
    }
}
