package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ward57.Ward57Test;
import vn.ward57.web.Routes.Route;

/**
 * Every route with a ward, a province or a record in its path (the API's from its OpenAPI description, the
 * pages' from the handler mappings), filled with real things of an-hai, refuses a user of another ward and an
 * anonymous caller: 401, 403 or 404 from the API, a redirect to the login or 403/404 from a page; never data,
 * never a server error. A new route is walked as soon as it exists, and fails here if its path names something
 * {@link AnHaiObjects} cannot find.
 */
@Ward57Test
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryRouteAccessTest {

    /** The routes anyone may call, each on purpose: open data, the residents' feedback form and receipt, Open311. */
    static final Set<String> PUBLIC = Set.of(
            "GET /api/v1/public/wards/{wardCode}/summary", "GET /api/v1/public/wards/{wardCode}/summary.csv",
            "GET /cong-khai/{wardCode}", "GET /wards/{wardCode}/gop-y", "POST /wards/{wardCode}/gop-y",
            "GET /wards/{wardCode}/gop-y/{code}", "GET /wards/{wardCode}/gop-y/cam-on",
            "GET /open311/v2/requests/{code}.json");

    /** Reads the administrator does not get, and why: none of them is about who asks. */
    private static final Map<String, String> UNREADABLE = Map.of(
            "GET /admin/backups/files/{name}", "the tests make no backup: the name is made up (404)",
            "GET /api/v1/reports/{reportId}/document.pdf", "409 where LibreOffice is not installed",
            "GET /api/v1/wards/{wardCode}/initiative-calls/{callId}/results", "the demo's call is not closed (409)",
            "GET /api/v1/wards/{wardCode}/initiative-calls/{callId}/minutes.docx", "the demo's call is not closed (409)",
            "GET /wards/{wardCode}/initiative-calls/{callId}/minutes.docx", "the demo's call is not closed (409)");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    WebInvocationPrivilegeEvaluator access;

    private List<Route> routes;
    private AnHaiRecords made;

    @BeforeAll
    void routes() throws Exception {
        made = new AnHaiRecords(mvc, jdbc);
        made.make();
        routes = Routes.of(mvc.perform(MockMvcRequestBuilders.get("/api-docs")).andReturn().getResponse()
                .getContentAsString(), mappings);
    }

    @AfterAll
    void deleteWhatWasMade() {
        made.delete();
    }

    @Test
    void theRoutesAnyoneMayCallAreTheOnesMeantToBe() {
        var anonymous = new AnonymousAuthenticationToken("t", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        Set<String> open = new TreeSet<>();
        for (Route r : routes) {
            if (r.open() || !r.api() && access.isAllowed("", r.pattern().replaceAll("\\{[^}]+}", "x"), r.method(),
                    anonymous)) {
                open.add(r.name());
            }
        }
        assertThat(open).containsExactlyInAnyOrderElementsOf(PUBLIC);
        assertThat(routes).hasSizeGreaterThan(350);
    }

    @Test
    void everyRouteRefusesAUserOfAnotherWard() throws Exception {
        assertThat(walk("canbo.trungthanh")).as("routes that did not refuse canbo.trungthanh").isEmpty();
    }

    @Test
    void everyRouteRefusesAnAnonymousCaller() throws Exception {
        assertThat(walk(null)).as("routes that did not refuse an anonymous caller").isEmpty();
    }

    /**
     * The paths are an-hai's real things, or the refusals above would prove nothing: the system administrator,
     * who may read every ward, reads each of them.
     */
    @Test
    void theFilledPathsAreReadByTheAdministrator() throws Exception {
        AnHaiObjects anHai = new AnHaiObjects(jdbc);
        RouteRequests requests = new RouteRequests(accounts, anHai);
        List<String> unread = new ArrayList<>();
        for (Route route : routes) {
            if (!route.writes() && !UNREADABLE.containsKey(route.name())) {
                String path = anHai.fill(route.pattern()).path();
                if (path == null) {
                    unread.add(route.name() + ": " + anHai.fill(route.pattern()).missing());
                    continue;
                }
                var response = mvc.perform(requests.of(route, path, "admin")).andReturn().getResponse();
                if (response.getStatus() >= 400) {
                    unread.add(route.name() + " → " + response.getStatus());
                }
            }
        }
        assertThat(unread).as("reads of an-hai's things the administrator did not get").isEmpty();
    }

    /** Each route as the user (null: anonymous): what was not a refusal, and the routes it could not fill. */
    private List<String> walk(String username) throws Exception {
        AnHaiObjects anHai = new AnHaiObjects(jdbc);
        RouteRequests requests = new RouteRequests(accounts, anHai);
        List<String> unfilled = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Route route : routes) {
            if (PUBLIC.contains(route.name())) {
                continue;
            }
            AnHaiObjects.Filled filled = anHai.fill(route.pattern());
            if (filled.path() == null) {
                unfilled.add(route.name() + ": " + filled.missing());
                continue;
            }
            String answer = answer(route, requests.of(route, filled.path(), username));
            if (answer != null) {
                open.add(route.method() + " " + filled.path() + " → " + answer);
            }
        }
        assertThat(unfilled).as("routes whose path names something an-hai does not have (AnHaiObjects)").isEmpty();
        return open;
    }

    /** Null for a refusal; else the status and the start of the answer. */
    private String answer(Route route, org.springframework.test.web.servlet.RequestBuilder request) {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            return "exception " + e;
        }
        int status = response.getStatus();
        boolean refused = status == 403 || status == 404 || (route.api() ? status == 401
                : status == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login"));
        if (refused) {
            return null;
        }
        String body;
        try {
            body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        return status + (status == 302 ? " to " + response.getRedirectedUrl() : "") + " "
                + body.substring(0, Math.min(body.length(), 160)).replaceAll("\\s+", " ");
    }
}
