package vn.ward57.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.dashboard.domain.DashboardService;

/**
 * The dashboard, its tiles and charts answer a browser that has the current page with 304, and never
 * so after a write to the ward, nor to another user, session, language, mode or a fragment; its figures
 * are computed once per version of the ward's data, however many ask at once.
 */
@Ward57Test
class DashboardRevalidationTest {

    private static final String PAGE = "/wards/an-hai/dashboard";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DashboardService dashboard;
    @Autowired
    vn.ward57.org.WardService wards;
    @Autowired
    CacheManager caches;

    private final MockHttpSession leaderSession = new MockHttpSession();

    @Test
    void theCurrentPageIsA304UntilTheWardsDataChange() throws Exception {
        MockHttpServletResponse first = answer(asLeader(get(PAGE)));
        assertThat(first.getStatus()).isEqualTo(200);
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("W/\"");
        // kept by the browser only, and asked again every time
        assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-cache", "private").doesNotContain("no-store");

        MockHttpServletResponse again = answer(asLeader(get(PAGE)).header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

        // what the page shows besides the ward's data: each is another page
        assertThat(answer(asLeader(get(PAGE)).header(HttpHeaders.IF_NONE_MATCH, etag)
                .cookie(new Cookie("ward57-lang", "en"))).getStatus()).as("English").isEqualTo(200);
        assertThat(answer(asLeader(get(PAGE + "?wall=1")).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus())
                .as("wall").isEqualTo(200);
        assertThat(answer(get(PAGE).with(user(accounts.loadUserByUsername("canbo.anhai"))).session(leaderSession)
                .header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus()).as("another user").isEqualTo(200);
        assertThat(answer(get(PAGE).with(user(accounts.loadUserByUsername("lanhdao.anhai")))
                .session(new MockHttpSession()).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus())
                .as("another session (another form token)").isEqualTo(200);
        assertThat(answer(asLeader(get(PAGE)).header(HttpHeaders.IF_NONE_MATCH, etag).flashAttr("flash", "Đã lưu"))
                .getHeader(HttpHeaders.ETAG)).as("a flash message shows once, never kept").isNull();

        // a write to the ward: the page is computed anew
        jdbc.sql("update unit set name = name where ward_id = (select id from ward where code = 'an-hai')").update();
        MockHttpServletResponse changed = answer(asLeader(get(PAGE)).header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        assertThat(changed.getContentAsString()).contains("id=\"tile-tasks\"");
    }

    @Test
    void aTileAndTheChartsAreRevalidatedOnTheirOwn() throws Exception {
        String tile = PAGE + "/tiles/tasks";
        MockHttpServletResponse fragment = answer(asLeader(get(tile)).header("HX-Request", "true"));
        String etag = fragment.getHeader(HttpHeaders.ETAG);
        assertThat(answer(asLeader(get(tile)).header("HX-Request", "true").header(HttpHeaders.IF_NONE_MATCH, etag))
                .getStatus()).isEqualTo(304);
        // the same address without htmx is the whole page, not the fragment the browser holds
        assertThat(answer(asLeader(get(tile)).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus()).isEqualTo(200);

        MockHttpServletResponse charts = answer(asLeader(get(PAGE + "/charts")));
        assertThat(charts.getContentAsString()).contains("\"months\"");
        assertThat(answer(asLeader(get(PAGE + "/charts")).header(HttpHeaders.IF_NONE_MATCH,
                charts.getHeader(HttpHeaders.ETAG))).getStatus()).isEqualTo(304);
        // another ward's is refused before anything kept is served
        assertThat(answer(asLeader(get("/wards/trung-thanh/dashboard")).header(HttpHeaders.IF_NONE_MATCH, etag))
                .getStatus()).isEqualTo(403);
    }

    @Test
    void aProvinceAdminsPageStaysCurrentWhenAnotherWardChanges() throws Exception {
        mvc.perform(Api.post("admin", "/api/v1/provinces", "{\"code\":\"tinh-etag\",\"name\":\"Tỉnh Mới\"}"));
        mvc.perform(Api.post("admin", "/api/v1/provinces/tinh-etag/wards", "{\"code\":\"etag-mot\",\"name\":\"Phường Mới\"}"));
        MockHttpSession session = new MockHttpSession();
        var admin = user(accounts.loadUserByUsername("admin"));
        String etag = answer(get(PAGE).with(admin).session(session)).getHeader(HttpHeaders.ETAG);
        assertThat(answer(get(PAGE).with(admin).session(session).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus())
                .isEqualTo(304);
        // another ward renamed: nothing an-hai's page shows changed (the switcher asks for the wards when used)
        mvc.perform(Api.put("admin", "/api/v1/wards/etag-mot", "{\"name\":\"Phường Đổi Tên\"}"));
        assertThat(answer(get(PAGE).with(admin).session(session).header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus())
                .isEqualTo(304);
        assertThat(answer(get("/switch/wards").with(admin).session(session).header("HX-Request", "true"))
                .getContentAsString()).contains(">Phường Đổi Tên (Tỉnh Mới)</option>");
    }

    @Test
    void theFiguresAreComputedOncePerVersionInABoundedCache() throws Exception {
        var admin = accounts.loadUserByUsername("lanhdao.trungthanh");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        DashboardService.Version version;
        try {
            version = dashboard.version(wards.get("trung-thanh"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<WardDashboard>> asks = new ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                asks.add(threads.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
                    start.await();
                    return dashboard.ward(version);
                }));
            }
            start.countDown();
            WardDashboard computed = asks.getFirst().get();
            for (Future<WardDashboard> ask : asks) {
                assertThat(ask.get()).isSameAs(computed);
            }
        }
        var cache = (CaffeineCache) caches.getCache("ward-dashboards");
        assertThat(cache.get(version)).isNotNull();
        assertThat(cache.getNativeCache().policy().eviction().orElseThrow().getMaximum()).isEqualTo(1000);
    }

    private MockHttpServletRequestBuilder asLeader(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername("lanhdao.anhai"))).session(leaderSession);
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
