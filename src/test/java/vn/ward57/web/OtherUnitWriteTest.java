package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;
import vn.ward57.Api;
import vn.ward57.Ward57Test;
import vn.ward57.web.Routes.Route;

/**
 * Every write of a unit's record (UnitWrites), on a record of kinh-te or van-hoa-xa-hoi, refuses congan.anhai, an
 * officer limited to the unit cong-an of the same ward: exactly 403, from the API and the pages alike. The writes
 * are found from the API description and the handler mappings; one under a unit's record that UnitWrites does not
 * list fails here.
 */
@Ward57Test
class OtherUnitWriteTest {

    private static final String OFFICER = "congan.anhai";

    /** What this test found open on 07/12/2026 (each write answered 2xx, or a page's redirect saying it was saved). */
    static final List<String> OPEN_TODAY = List.of(
            "DELETE /api/v1/wards/{wardCode}/assets/{assetId}",
            "DELETE /api/v1/wards/{wardCode}/initiatives/{initiativeId}",
            "POST /api/v1/directives/{directiveId}/tasks",
            "POST /api/v1/meetings/{meetingId}/tasks",
            "POST /api/v1/wards/{wardCode}/assets",
            "POST /api/v1/wards/{wardCode}/feedback",
            "POST /api/v1/wards/{wardCode}/feedback/{feedbackId}/attachments",
            "POST /api/v1/wards/{wardCode}/feedback/{feedbackId}/publish",
            "POST /api/v1/wards/{wardCode}/feedback/{feedbackId}/unpublish",
            "POST /api/v1/wards/{wardCode}/initiative-calls/{callId}/initiatives",
            "POST /api/v1/wards/{wardCode}/initiatives/{initiativeId}/files",
            "POST /directives/{directiveId}/tasks",
            "POST /meetings/{meetingId}/tasks",
            "POST /wards/{wardCode}/assets",
            "POST /wards/{wardCode}/assets/{assetId}",
            "POST /wards/{wardCode}/assets/{assetId}/delete",
            "POST /wards/{wardCode}/feedback",
            "POST /wards/{wardCode}/feedback/{feedbackId}/attachments",
            "POST /wards/{wardCode}/feedback/{feedbackId}/publish",
            "POST /wards/{wardCode}/feedback/{feedbackId}/state",
            "POST /wards/{wardCode}/feedback/{feedbackId}/unpublish",
            "POST /wards/{wardCode}/initiative-calls/{callId}/initiatives",
            "POST /wards/{wardCode}/initiatives/{initiativeId}",
            "POST /wards/{wardCode}/initiatives/{initiativeId}/delete",
            "POST /wards/{wardCode}/initiatives/{initiativeId}/files",
            "PUT /api/v1/wards/{wardCode}/assets/{assetId}",
            "PUT /api/v1/wards/{wardCode}/feedback/{feedbackId}/state",
            "PUT /api/v1/wards/{wardCode}/initiatives/{initiativeId}");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService accounts;

    private List<Route> routes() throws Exception {
        return Routes.of(mvc.perform(MockMvcRequestBuilders.get("/api-docs")).andReturn().getResponse()
                .getContentAsString(), mappings);
    }

    @Test
    void everyWriteUnderAUnitsRecordIsListedOnceAndEveryListedWriteExists() throws Exception {
        Set<String> writes = new TreeSet<>();
        Set<String> unlisted = new TreeSet<>();
        for (Route route : routes()) {
            if (UnitWrites.touchesAUnit(route)) {
                writes.add(route.name());
                if (UnitWrites.WRITES.containsKey(route.name()) == UnitWrites.NOT_A_UNITS_WRITE.containsKey(route.name())) {
                    unlisted.add(route.name());
                }
            }
        }
        assertThat(unlisted).as("writes under a unit's record to list in UnitWrites (once)").isEmpty();
        assertThat(writes).containsAll(UnitWrites.WRITES.keySet()).containsAll(UnitWrites.NOT_A_UNITS_WRITE.keySet());
    }

    @Test
    @Disabled("28 writes are open today (OPEN_TODAY: other units' assets, feedback items, initiatives, and tasks "
            + "given to another unit under a directive or meeting); issue 22, item 1 closes them")
    void everyWriteOfAnotherUnitsRecordRefusesAUnitOfficer() throws Exception {
        UnitRecords records = new UnitRecords(mvc, jdbc);
        List<String> open = new ArrayList<>();
        try {
            records.makeCall();
            List<Route> writes = routes().stream().filter(r -> UnitWrites.WRITES.containsKey(r.name()))
                    .sorted(Comparator.comparing((Route r) -> r.method().equals("DELETE") || r.pattern().endsWith("/delete")))
                    .toList();
            int n = 0;
            for (Route route : writes) {
                Map<String, String> values = records.make(++n);
                String path = new UriTemplate(route.pattern()).expand(values).toString();
                var response = mvc.perform(request(route, path, UnitWrites.WRITES.get(route.name()).of(values)))
                        .andReturn();
                int status = response.getResponse().getStatus();
                if (status != 403) {
                    Object flash = response.getFlashMap().get("flash");
                    String body = response.getResponse().getContentAsString(StandardCharsets.UTF_8);
                    open.add(route.name() + " → " + status + (flash != null ? " written: " + flash
                            : response.getResponse().getRedirectedUrl() != null
                            ? " to " + response.getResponse().getRedirectedUrl() + " " + response.getFlashMap()
                            : " " + body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ")));
                }
            }
        } finally {
            records.delete();
        }
        assertThat(open).as("writes of kinh-te's or van-hoa-xa-hoi's records that did not refuse " + OFFICER).isEmpty();
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Route route, String path, UnitWrites.Payload payload) {
        AbstractMockHttpServletRequestBuilder<?> request = payload.file()
                ? MockMvcRequestBuilders.multipart(HttpMethod.valueOf(route.method()), path).file(new MockMultipartFile(
                        "file", "qx.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))
                : MockMvcRequestBuilders.request(HttpMethod.valueOf(route.method()), path);
        if (payload.json() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(payload.json());
        }
        payload.fields().forEach(request::param);
        return route.api() ? request.with(httpBasic(OFFICER, Api.PASSWORD))
                : request.with(user(accounts.loadUserByUsername(OFFICER))).with(csrf());
    }
}
