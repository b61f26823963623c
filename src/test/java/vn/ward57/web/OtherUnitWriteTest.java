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
                Map<String, String> values = UnitWrites.values(route, records.make(++n));
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
