package vn.ward57.user.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import vn.ward57.user.domain.AccountDetailsService;

@Configuration(proxyBeanMethods = false)
class UserSecurityConfig {

    private static final String PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    /**
     * New hashes with PBKDF2, which reads the whole password: BCrypt reads only 72 bytes and Spring
     * refuses more, which 25 to 36 Vietnamese letters already are. Hashes stored as {bcrypt} (the
     * demo users', older accounts') still match, and are re-hashed at their next login.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(PBKDF2, Map.of(
                PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /**
     * The one login of both filter chains: throttled before the password is checked, and the state
     * of the account (disabled) checked only after the right password, so that a wrong one gets the
     * same answer for every name, whether it exists, is disabled or not.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder encoder,
                                                LoginThrottle throttle, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(accounts);
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(new ThrottledLogin(throttle, passwords));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
