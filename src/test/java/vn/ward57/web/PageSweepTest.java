package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ward57.Ward57Test;
import vn.ward57.web.Routes.Route;

/**
 * Every page (the GET routes of the handler mappings that render a view, filled with an-hai's real records as
 * {@link AnHaiObjects} finds them) as each of an-hai's roles and the administrator, in Vietnamese and in English,
 * shows what a ward officer expects to read ({@link PageFindings}): no enum names, period codes, codes without
 * their names, UTC times, missing keys or the other language's words. A time planted in the records this test
 * makes must read in Vietnam time. Each finding prints as "page · role · lang · what"; the test fails on one
 * that {@link #KNOWN} does not list.
 */
@Ward57Test
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSweepTest {

    private static final List<String> ROLES = List.of("canbo.anhai", "lanhdao.anhai", "congan.anhai", "vhxh.anhai",
            "admin");
    /** Planted in the records this test makes: 08:37 in Vietnam, 01:37 in UTC. */
    private static final Instant PLANTED = Instant.parse("2026-06-05T01:37:00Z");

    /** A period's code: 2026-11, 2026-11C, 2026Q4, 2026S1. */
    private static final String PERIOD = "\\d{4}(-\\d\\d|Q\\d|S\\d)C?";

    /**
     * Findings known and not fixed yet (none since issue 23 landed): a page's pattern and a regular expression of
     * the finding's "kind: token". A line that no longer finds anything fails the test, so the list only shrinks.
     */
    static final List<Known> KNOWN = List.of();


    /** Findings that are right as they are, and why. */
    static final List<Known> ALLOWED = List.of(
            // the audit log's values are what was stored, each under its field's label ("Mã thủ tục: 1.000001",
            // "Trạng thái: OVERDUE"): the record as it was, not a label of the page
            new Known("/audit", "enum name: [A-Z0-9_]+"),
            new Known("/audit", "procedure code: .*"),
            new Known("/audit", "unit code: .*"),
            // the import files' column headers are Vietnamese in either interface: the file is read by them
            new Known("/wards/{wardCode}/staff", "Vietnamese in English: Đơn vị"),
            new Known("/wards/{wardCode}/training-events", "Vietnamese in English: Đơn vị"));

    /** A page's pattern and a regular expression of its findings ("kind: token", the context left out). */
    record Known(String page, String finding) {
        boolean covers(Finding f) {
            return page.equals(f.page()) && f.what().replaceAll(" «.*", "").matches(finding);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    private AnHaiRecords made;
    private PageFindings findings;

    @BeforeAll
    void makeAndPlant() throws Exception {
        made = new AnHaiRecords(mvc, jdbc);
        made.make();
        SweepData data = new SweepData(jdbc);
        data.plant(PLANTED);
        findings = new PageFindings(SweepData.enumNames(), data.units(), data.procedures(), data.recordTexts(), "01:37");
    }

    @AfterAll
    void deleteWhatWasMade() {
        new SweepData(jdbc).unplant();
        made.delete();
    }

    @Test
    void everyPageReadsAsAWardOfficerExpects() throws Exception {
        AnHaiObjects anHai = new AnHaiObjects(jdbc);
        RouteRequests requests = new RouteRequests(accounts, anHai);
        List<String> unfilled = new ArrayList<>();
        List<Finding> found = new ArrayList<>();
        boolean vietnamTimeSeen = false;
        int read = 0;
        for (Route page : Routes.pages(mappings)) {
            String path = anHai.fill(page.pattern()).path();
            if (path == null) {
                unfilled.add(page.pattern() + ": " + anHai.fill(page.pattern()).missing());
                continue;
            }
            List<String> users = new ArrayList<>(ROLES);
            if (EveryRouteAccessTest.PUBLIC.contains(page.name())) {
                users.add(null);
            }
            for (String user : users) {
                for (String language : List.of("vi", "en")) {
                    var response = mvc.perform(requests.of(page, path, user)
                            .cookie(new Cookie("ward57-lang", language))).andReturn().getResponse();
                    String who = user == null ? "anonymous" : user;
                    if (response.getStatus() >= 500) {
                        found.add(new Finding(page.pattern(), path, who, language, "server error: " + response.getStatus()));
                    }
                    if (response.getStatus() != 200 || !String.valueOf(response.getContentType()).startsWith("text/html")) {
                        continue;   // a refusal (403, 404), a redirect, or not a page
                    }
                    read++;
                    String html = response.getContentAsString(StandardCharsets.UTF_8);
                    vietnamTimeSeen |= PageFindings.visible(html).text().contains("08:37");
                    for (String what : new TreeSet<>(findings.of(html, language))) {
                        found.add(new Finding(page.pattern(), path, who, language, what));
                    }
                }
            }
        }
        found.removeIf(f -> ALLOWED.stream().anyMatch(k -> k.covers(f)));
        List<Finding> unknown = found.stream().filter(f -> KNOWN.stream().noneMatch(k -> k.covers(f))).toList();
        List<Known> stale = KNOWN.stream().filter(k -> found.stream().noneMatch(k::covers)).toList();
        System.out.println("PageSweepTest: " + read + " pages read, " + found.size() + " findings, " + unknown.size()
                + " not in KNOWN, " + stale.size() + " lines of KNOWN no longer found");
        found.forEach(f -> System.out.println((unknown.contains(f) ? "NEW   " : "known ") + f));
        summary(unknown).forEach((what, count) -> System.out.println("NEW by page: " + what + " (" + count + ")"));
        stale.forEach(k -> System.out.println("KNOWN no longer found: " + k));
        assertThat(unfilled).as("pages whose path names something an-hai does not have (AnHaiObjects)").isEmpty();
        assertThat(read).as("pages read").isGreaterThan(500);
        assertThat(vietnamTimeSeen).as("a page shows the planted time in Vietnam time (08:37)").isTrue();
        List<String> unknownLines = unknown.stream().map(Finding::toString).sorted().toList();
        assertThat(unknownLines).as("findings not in KNOWN").isEmpty();
        assertThat(stale).as("lines of KNOWN that find nothing any more: remove them (the list only shrinks)").isEmpty();
    }

    record Finding(String page, String path, String user, String language, String what) {
        @Override
        public String toString() {
            return path + " · " + user + " · " + language + " · " + what;
        }
    }

    /** Grouped by page pattern and finding, for copying into KNOWN. */
    static Map<String, Long> summary(List<Finding> found) {
        return found.stream().collect(Collectors.groupingBy(f -> f.page() + " | " + f.what().replaceAll(" «.*", ""),
                TreeMap::new, Collectors.counting()));
    }
}
