package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * What the API description says besides the shapes (see ApiDocsTest): a Vietnamese summary of every operation
 * from openapi/summaries.yml, the security each operation takes, and the problem details it may answer.
 */
@Ward57Test
class ApiDescriptionTest {

    @Autowired
    MockMvc mvc;

    private String docs() throws Exception {
        return mvc.perform(get("/api-docs")).andReturn().getResponse().getContentAsString();
    }

    /** "METHOD path" of every operation of the description. */
    private static Set<String> operations(String docs) {
        Set<String> found = new TreeSet<>();
        JsonPath.<Map<String, Map<String, Object>>>read(docs, "$.paths").forEach((path, item) ->
                item.keySet().forEach(method -> found.add(method.toUpperCase() + " " + path)));
        return found;
    }

    private static Map<String, Object> operation(String docs, String route) {
        String method = route.substring(0, route.indexOf(' ')).toLowerCase();
        return JsonPath.read(docs, "$.paths['" + route.substring(route.indexOf(' ') + 1) + "']." + method);
    }

    @Test
    void everyOperationHasAVietnameseSummaryAndEveryLineOfTheFileAnOperation() throws Exception {
        String docs = docs();
        Set<String> operations = operations(docs);
        assertThat(operations).hasSizeGreaterThan(250);
        List<String> missing = new ArrayList<>();
        for (String route : operations) {
            Object summary = operation(docs, route).get("summary");
            if (!(summary instanceof String s) || s.isBlank() || s.length() > 60) {
                missing.add(route + " → " + summary);
            }
        }
        assertThat(missing).as("operations without a short summary in " + ApiSummaries.FILE).isEmpty();
        Set<String> inFile = new TreeSet<>();
        ApiSummaries.load().operations().forEach((path, methods) ->
                methods.keySet().forEach(m -> inFile.add(m.toUpperCase() + " " + path)));
        assertThat(inFile).as("lines of " + ApiSummaries.FILE + " without an operation").isSubsetOf(operations);
        assertThat(operation(docs, "PUT /api/v1/wards/{wardCode}/feedback/{feedbackId}/state"))
                .containsEntry("summary", "Chuyển bước xử lý phản ánh")
                .containsEntry("description", "One workflow step: assign, start, answer, close, transfer");
    }

    @Test
    void everyOperationSaysItsSecurityAndOnlyOpenDataIsPublic() throws Exception {
        String docs = docs();
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.securitySchemes.basicAuth"))
                .containsEntry("type", "http").containsEntry("scheme", "basic");
        Set<String> open = new TreeSet<>();
        for (String route : operations(docs)) {
            List<Map<String, Object>> security = JsonPath.read(operation(docs, route), "$.security");
            assertThat(security).as(route).isNotNull();
            if (security.isEmpty()) {
                open.add(route);
            } else {
                assertThat(security).as(route).containsExactly(Map.of("basicAuth", List.of()));
            }
        }
        assertThat(open).containsExactly("GET /api/v1/public/wards/{wardCode}/summary",
                "GET /api/v1/public/wards/{wardCode}/summary.csv");
        mvc.perform(get("/api/v1/public/wards/an-hai/summary")).andExpect(r ->
                assertThat(r.getResponse().getStatus()).isEqualTo(200));
    }

    /** The description declares HTTP Basic only because the API takes nothing else: the pages' session is refused. */
    @Test
    void theDeclaredSchemeLetsInAndThePagesSessionDoesNot() throws Exception {
        assertThat(mvc.perform(Api.get("canbo.anhai", "/api/v1/wards")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        var login = mvc.perform(formLogin("/login").user("canbo.anhai").password(Api.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(mvc.perform(get("/wards/an-hai").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/wards").session(session)).andReturn().getResponse().getStatus())
                .as("the API took the session: declare it in ApiDescription").isEqualTo(401);
    }

    @Test
    void everyOperationNamesTheProblemDetailsItMayAnswer() throws Exception {
        String docs = docs();
        for (String route : operations(docs)) {
            Map<String, Object> responses = JsonPath.read(operation(docs, route), "$.responses");
            boolean open = route.contains("/public/");
            assertThat(responses.keySet()).as(route).anyMatch(s -> s.startsWith("4"));
            if (!open) {
                assertThat(responses).as(route).containsKeys("401", "403");
            }
            if (route.contains("{")) {
                assertThat(responses).as(route).containsKey("404");
            }
        }
        assertThat(JsonPath.<Map<String, Object>>read(docs,
                "$.components.responses.NotFound.content['application/problem+json'].schema"))
                .containsEntry("$ref", "#/components/schemas/ProblemDetail");
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.components.schemas.ProblemDetail.properties"))
                .containsKeys("type", "title", "status", "detail", "instance", "errors");
        // an upload can be too large; a payment can be refused until its doubtful amount is confirmed
        assertThat(operation(docs, "POST /api/v1/wards/{wardCode}/asset-imports").get("responses").toString())
                .contains("413=");
        assertThat(operation(docs, "POST /api/v1/wards/{wardCode}/disbursements").get("responses").toString())
                .contains("422=", "409=");
        assertThat(operation(docs, "GET /api/v1/wards/{wardCode}/assets").get("responses").toString())
                .doesNotContain("409=", "413=", "422=");
    }

    @Test
    void tagsAreNamedInVietnameseOncePerName() throws Exception {
        List<String> tags = JsonPath.read(docs(), "$.tags[*].name");
        assertThat(tags).doesNotHaveDuplicates().contains("Mô hình đột phá", "Nhập sổ đăng ký")
                .noneMatch(t -> t.endsWith("-controller"));
    }
}
