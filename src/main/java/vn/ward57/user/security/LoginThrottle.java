package vn.ward57.user.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.ward57.user.domain.UserRepository;

/**
 * After {@code ward57.login.max-failures} wrong passwords in a row an account is locked for
 * {@code ward57.login.lock-minutes}; a successful login resets the count. Guessing a password
 * by trying is thus limited for pages and API alike.
 */
@Component
class LoginThrottle {

    private final UserRepository users;
    private final int maxFailures;
    private final Duration lock;

    LoginThrottle(UserRepository users,
                  @Value("${ward57.login.max-failures:5}") int maxFailures,
                  @Value("${ward57.login.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.loginFailed(event.getAuthentication().getName().strip().toLowerCase(Locale.ROOT),
                maxFailures, Instant.now().plus(lock));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.loginSucceeded(event.getAuthentication().getName());
    }
}
