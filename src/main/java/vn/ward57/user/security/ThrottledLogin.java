package vn.ward57.user.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Checks the password only when the address need not wait; otherwise refuses as for a wrong one,
 * and the refusal counts as a failure too: an address that keeps trying keeps waiting longer.
 */
record ThrottledLogin(LoginThrottle throttle, AuthenticationProvider passwords) implements AuthenticationProvider {

    @Override
    public Authentication authenticate(Authentication login) {
        if (throttle.mustWait(login)) {
            throw new BadCredentialsException("Bad credentials");
        }
        return passwords.authenticate(login);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
