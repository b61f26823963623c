package vn.ward57.user.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords, for pages and API alike: counts the failed logins Spring
 * Security announces, by client address (behind a proxy, the address it forwards) and name, and
 * tells the login which tries must wait (see {@link LoginAttempts}).
 */
@Component
class LoginThrottle {

    private final LoginAttempts attempts;

    LoginThrottle(@Value("${ward57.login.forget-after:1h}") Duration forgetAfter,
                  @Value("${ward57.login.max-entries:100000}") long maxEntries) {
        this.attempts = new LoginAttempts(Clock.systemUTC(), forgetAfter, maxEntries);
    }

    boolean mustWait(Authentication login) {
        return attempts.mustWait(login.getName(), address(login));
    }

    /** A wrong password, an unknown name, or a try refused because it had to wait. */
    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        attempts.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
    }

    private static String address(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
