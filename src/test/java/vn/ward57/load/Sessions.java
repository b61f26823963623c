package vn.ward57.load;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Users signed in through the login form, as in the browser: their session cookies and CSRF tokens. */
final class Sessions {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private Sessions() {
    }

    /** A client holding the session of the user (password ward57-demo). */
    static HttpClient signIn(String base, String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "username=" + username + "&password=ward57-demo&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + login.statusCode());
        }
        return client;
    }

    /** The CSRF token a page of the session carries (htmx sends it with every post). */
    static String csrfToken(HttpClient session, String pageUrl) throws Exception {
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(pageUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = META.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException(pageUrl + " answers " + page.statusCode() + " without a CSRF token");
        }
        return m.group(1);
    }

    /** The session cookie of each user, as the browser sends it. */
    static String cookie(HttpClient session) {
        return ((CookieManager) session.cookieHandler().orElseThrow()).getCookieStore().getCookies()
                .stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
    }

    static List<String> cookies(List<HttpClient> sessions) {
        return sessions.stream().map(Sessions::cookie).toList();
    }
}
