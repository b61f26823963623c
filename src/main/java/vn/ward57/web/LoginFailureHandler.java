package vn.ward57.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Tells the login page why: wrong password, account locked after too many tries, or disabled. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = switch (exception) {
            case LockedException l -> "locked";
            case DisabledException d -> "disabled";
            default -> "bad";
        };
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
