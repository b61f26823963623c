package vn.ward57.overview;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ward57.common.security.Actor;
import vn.ward57.common.security.ActorPrincipal;
import vn.ward57.common.security.Role;
import vn.ward57.org.Ward;

/**
 * Open data is read without a login, but the modules' services check who reads. For the length of
 * one read, a read-only VIEWER of that one ward acts (as "public"), so every existing check still
 * applies and nothing beyond that ward can be reached; the summary then keeps only published figures.
 */
final class PublicAccess {

    private PublicAccess() {
    }

    static <T> T asViewerOf(Ward ward, Supplier<T> read) {
        SecurityContext before = SecurityContextHolder.getContext();
        Actor viewer = new Actor("public", "public", Role.VIEWER, Set.of(), ward.code(), null);
        ActorPrincipal principal = () -> viewer;
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
