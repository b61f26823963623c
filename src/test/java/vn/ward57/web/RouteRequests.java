package vn.ward57.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.web.Routes.Route;

/**
 * A request of a route as a user would send it, valid in all but who sends it, so that it is the access rule
 * that answers and not a missing field: the API's bodies as {@link CrossWardAccessTest}'s, a small file for an
 * upload, and the fields the pages' forms need where they check them first.
 */
final class RouteRequests {

    /** Valid for the request bodies of the API (a field a body does not have is ignored). */
    static final String BODY = """
            {"code":"x1","name":"Tên","households":1,"allotted":2,"filled":1,"username":"x1","fullName":"Tên",
             "role":"VIEWER","wardCode":"an-hai","password":"cay-da-dau-lang",
             "field":"Hộ tịch","level":"WARD","onlineLevel":"FULL",
             "type":"CV","number":"x1","issuedOn":"2026-01-02","issuer":"UBND","title":"Tên",
             "heldOn":"2026-01-02","kind":"WEEKLY","chairedBy":"HEAD",
             "unit":"PERCENT","periodType":"YEAR","source":"ENTERED",
             "left":"1","operator":"<=","right":"2"}
            """;

    /** The fields of the page forms that are read before the access check ("@x": an-hai's x, see AnHaiObjects). */
    private static final Map<String, Map<String, String>> FIELDS = Map.ofEntries(
            Map.entry("GET /provinces/{provinceCode}/reports/collected.zip", Map.of("kind", "NQ57_RESULTS")),
            Map.entry("GET /api/v1/provinces/{provinceCode}/reports", Map.of("kind", "NQ57_RESULTS")),
            Map.entry("GET /api/v1/provinces/{provinceCode}/reports.zip", Map.of("kind", "NQ57_RESULTS")),
            Map.entry("GET /open311/v2/requests/{code}.json", Map.of("jurisdiction_id", "an-hai")),
            Map.entry("GET /wards/{wardCode}/digital-groups/summary", Map.of("period", "2026S1")),
            Map.entry("GET /wards/{wardCode}/dossiers/list", Map.of("figure", "received")),
            Map.entry("POST /directives/{directiveId}/tasks", Map.of("code", "QX-1", "title", "Nhiệm vụ")),
            Map.entry("POST /meetings/{meetingId}/tasks", Map.of("code", "QX-1", "title", "Nhiệm vụ")),
            Map.entry("POST /provinces/{provinceCode}", Map.of("name", "Tên")),
            Map.entry("POST /users/{username}", Map.of("fullName", "Tên", "role", "WARD_OFFICER", "wardCode", "an-hai")),
            Map.entry("POST /wards/{wardCode}", Map.of("name", "Tên")),
            Map.entry("POST /wards/{wardCode}/digital-citizens", Map.of("month", "2026-05", "adultResidents", "1")),
            Map.entry("POST /wards/{wardCode}/directives", Map.of("type", "CV", "number", "QX-1",
                    "issuedOn", "2026-01-02", "issuer", "UBND", "title", "Tên", "signerRole", "HEAD")),
            Map.entry("POST /wards/{wardCode}/import-profiles/delete", Map.of("name", "@name")),
            Map.entry("POST /wards/{wardCode}/indicator-targets", Map.of("indicator", "@indicatorCode",
                    "year", "2026", "target", "1")),
            Map.entry("POST /wards/{wardCode}/meetings", Map.of("heldOn", "2026-01-02", "kind", "WEEKLY",
                    "title", "Giao ban", "chairedBy", "HEAD")),
            Map.entry("POST /wards/{wardCode}/service-index/entries", Map.of("component", "TRANSPARENCY_SYNC",
                    "score", "1", "source", "x")),
            Map.entry("POST /wards/{wardCode}/service-index/published", Map.of("component", "TRANSPARENCY_SYNC",
                    "score", "1", "source", "x")));

    private final UserDetailsService accounts;
    private final AnHaiObjects anHai;

    RouteRequests(UserDetailsService accounts, AnHaiObjects anHai) {
        this.accounts = accounts;
        this.anHai = anHai;
    }

    /** The route at the path as the user (null: anonymous). */
    AbstractMockHttpServletRequestBuilder<?> of(Route route, String path, String username) {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (route.upload()) {
            request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(route.method()), path).file(
                    new MockMultipartFile("file", "tep.csv", "text/csv", "ma,ten\nx1,Tên\n".getBytes(StandardCharsets.UTF_8)));
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), path);
            if (route.api() && (route.method().equals("POST") || route.method().equals("PUT"))) {
                request.contentType(MediaType.APPLICATION_JSON).content(BODY);
            }
        }
        request.queryParam("from", "2026-01-01").queryParam("to", "2026-12-31");  // for routes of a period
        FIELDS.getOrDefault(route.name(), Map.of()).forEach((field, value) ->
                request.param(field, value.startsWith("@") ? anHai.value(value.substring(1), route.pattern()) : value));
        if (!route.api()) {
            request.with(csrf());   // so that it is the access rule that answers, not the missing token
        }
        if (username != null) {
            request.with(route.api() ? httpBasic(username, Api.PASSWORD) : user(accounts.loadUserByUsername(username)));
        }
        return request;
    }
}
