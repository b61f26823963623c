package vn.ward57.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;
import vn.ward57.common.web.Messages;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** API clients: HTTP Basic, no session, so no CSRF token; failures answer as problem details. */
    /**
     * No tracing span or timer per security filter: with an observation registry present, Spring
     * Security observes each of its fifteen filters on every request, which cost more than rendering
     * a kept page. Requests are still timed as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager logins, Messages messages,
                            LocaleResolver locales) throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(logins)  // the user module's, throttled
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("ward57").authenticationEntryPoint((req, res, ex) -> {
                    res.setHeader("WWW-Authenticate", "Basic realm=\"ward57\"");
                    problem(res, HttpServletResponse.SC_UNAUTHORIZED,
                            messages.get(locales.resolveLocale(req), "access.unauthenticated"));
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) ->
                        problem(res, HttpServletResponse.SC_FORBIDDEN, messages.get("access.ward-denied"))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)))
                .build();
    }

    /** People: form login, CSRF on every form (htmx sends the token from a meta tag). */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager logins) throws Exception {
        return http
                .authenticationManager(logins)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                                "/actuator/health", "/actuator/health/**", "/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        // residents' feedback form and receipt (CSRF kept: Thymeleaf adds the token), Open311 view
                        .requestMatchers("/wards/*/gop-y", "/wards/*/gop-y/*", "/open311/**").permitAll()
                        // a ward's open data (published figures only, no personal data)
                        .requestMatchers("/cong-khai/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(new LoginFailureHandler()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private static void problem(HttpServletResponse res, int status, String detail) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
                + "\",\"status\":" + status + ",\"detail\":\"" + escaped + "\"}");
    }
}
