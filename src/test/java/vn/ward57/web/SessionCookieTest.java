package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over real HTTP (Tomcat), as behind a reverse proxy on the same machine: the session cookie is
 * SameSite=Lax, and Secure when the proxy says the browser came over HTTPS; the login throttle
 * counts the address the proxy forwards. Same context as {@link BrowserTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SessionCookieTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsLaxAndSecureWhenTheProxySaysHttps() throws Exception {
        String plain = sessionCookie(HttpRequest.newBuilder(url("/login")));
        assertThat(plain).startsWith("JSESSIONID=").contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
        String behindHttps = sessionCookie(HttpRequest.newBuilder(url("/login")).header("X-Forwarded-Proto", "https"));
        assertThat(behindHttps).contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void theThrottleCountsTheAddressTheProxyForwards() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(units("canbo.trungthanh", "sai-mat-khau-" + i, "203.0.113.60")).isEqualTo(401);
        }
        assertThat(units("canbo.trungthanh", "ward57-demo", "203.0.113.60")).isEqualTo(401);
        assertThat(units("canbo.trungthanh", "ward57-demo", "203.0.113.61")).isEqualTo(200);
    }

    private String sessionCookie(HttpRequest.Builder request) throws Exception {
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }

    private int units(String username, String password, String forwardedFor) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(url("/api/v1/wards/trung-thanh/units"))
                        .header("Authorization", "Basic " + basic).header("X-Forwarded-For", forwardedFor).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
