package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Every /api/v1 route, found from the application's own mappings, refuses canbo.anhai (an
 * officer of an-hai) when it names trung-thanh, its province or its users. A route added later
 * is covered automatically, or fails here until it is.
 */
@Ward57Test
class CrossWardAccessTest {

    /** Valid for every request body of the API, so that validation never answers before access. */
    private static final String BODY = """
            {"code":"x1","name":"Tên","households":1,"allotted":2,"filled":1,"username":"x1","fullName":"Tên",
             "role":"VIEWER","wardCode":"trung-thanh","password":"cay-da-dau-lang",
             "field":"Hộ tịch","level":"WARD","onlineLevel":"FULL",
             "type":"CV","number":"x1","issuedOn":"2026-01-02","issuer":"UBND","title":"Tên",
             "heldOn":"2026-01-02","kind":"WEEKLY","chairedBy":"HEAD",
             "unit":"PERCENT","periodType":"YEAR","source":"ENTERED",
             "left":"1","operator":"<=","right":"2"}
            """;

    /** What each path variable names: always something of the other ward or its province. */
    private final Map<String, String> foreign = new java.util.HashMap<>(Map.of(
            "wardCode", "trung-thanh",
            "provinceCode", "thai-nguyen",
            "unitCode", "pvhcc",
            "groupCode", "tdp-01",
            "username", "canbo.trungthanh",
            "year", "2026",
            "code", "1.001612",
            "name", "mau",
            "indicatorCode", "DDDT",
            "period", "2026-05"));

    /** Routes without a ward in their path: what canbo.anhai gets must not show trung-thanh. */
    private static final Set<String> UNSCOPED = Set.of(
            "GET /api/v1/provinces", "POST /api/v1/provinces", "GET /api/v1/wards",
            "GET /api/v1/users", "POST /api/v1/users",
            // the figure catalogue: definitions only, no ward's records
            "GET /api/v1/figures",
            // checking a report: kept under the user's own ward (or the ward named, which is checked)
            "POST /api/v1/report-checks");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiRouteRefusesAUserOfAnotherWard() throws Exception {
        foreign.put("id", trungThanhImport());
        String report = mvc.perform(vn.ward57.Api.post("canbo.trungthanh", "/api/v1/wards/trung-thanh/reports",
                "{\"kind\":\"MONTHLY\",\"from\":\"2026-05-01\",\"to\":\"2026-05-31\"}")).andReturn().getResponse()
                .getContentAsString();
        foreign.put("reportId", String.valueOf(com.jayway.jsonpath.JsonPath.<Integer>read(report, "$.id")));
        foreign.putAll(Map.of("sectionKey", "m5", "kind", "NQ57_RESULTS", "componentCode", "TRANSPARENCY_SYNC"));
        foreign.put("breakthroughId", "1");
        foreign.put("recommendationId", "1");
        foreign.put("evidenceId", "1");
        foreign.putAll(Map.of("callId", "1", "initiativeId", "1"));
        foreign.put("assetId", "1");
        foreign.put("certificateId", "1");
        foreign.put("format", "csv");
        foreign.putAll(Map.of("budgetLineId", "1", "adjustmentId", "1", "commitmentId", "1", "disbursementId", "1"));
        foreign.put("teamId", "1");
        foreign.put("checkId", trungThanhReportCheck());
        foreign.put("feedbackId", "1");
        foreign.put("memberId", "1");
        foreign.put("activityId", "1");
        foreign.put("criterionId", "1");
        foreign.put("staffMemberId", "1");
        foreign.put("trainingEventId", "1");
        foreign.put("fileId", "1");
        trungThanhTaskRecords();
        foreign.put("taskImportId", trungThanhTaskImport());
        foreign.put("registerImportId", trungThanhRegisterImport());
        List<String> leaks = new ArrayList<>();
        Set<String> routes = new TreeSet<>();
        for (var info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/") || pattern.startsWith("/api/v1/public/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    routes.add(method + " " + pattern);
                }
            }
        }
        assertThat(routes).hasSizeGreaterThan(20);
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            UriTemplate template = new UriTemplate(pattern);
            if (template.getVariableNames().isEmpty()) {
                assertThat(UNSCOPED).as("route without a ward in its path needs a check here: " + route)
                        .contains(route);
                MvcResult result = call(method, pattern);
                String body = result.getResponse().getContentAsString();
                if (result.getResponse().getStatus() < 400
                        && (body.contains("trung-thanh") || body.contains("thai-nguyen"))) {
                    leaks.add(route + " → " + result.getResponse().getStatus() + " " + body);
                }
                continue;
            }
            assertThat(foreign.keySet()).as("path variables of " + route).containsAll(template.getVariableNames());
            String path = template.expand(foreign).toString();
            int status = call(method, path).getResponse().getStatus();
            if (status != 403) {
                leaks.add(route + " → " + status);
            }
        }
        assertThat(leaks).as("routes that did not refuse canbo.anhai").isEmpty();
    }

    @Test
    void theOfficerStillReadsItsOwnWard() throws Exception {
        assertThat(call("GET", "/api/v1/wards/an-hai/units").getResponse().getStatus()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/wards").getResponse().getContentAsString())
                .contains("an-hai").doesNotContain("trung-thanh");
    }

    /** An import of trung-thanh's, made by its own officer, for the routes that name an import. */
    private String trungThanhImport() throws Exception {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "x.csv", "text/csv",
                "dossier_code,channel,received_at,due_at\nCW-1,ONLINE,2026-01-02,2026-01-05\n".getBytes());
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/trung-thanh/dossier-imports")
                .file(file).with(httpBasic("canbo.trungthanh", Api.PASSWORD))).andReturn().getResponse()
                .getHeader("Location");
        assertThat(location).isNotNull();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A report check of trung-thanh's own. */
    private String trungThanhReportCheck() throws Exception {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "bao-cao.txt", "text/plain",
                "Phường tiếp nhận 12 hồ sơ (5 trực tuyến và 6 trực tiếp).".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String body = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/report-checks").file(file)
                .with(httpBasic("canbo.trungthanh", Api.PASSWORD))).andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return String.valueOf(com.jayway.jsonpath.JsonPath.<Object>read(body, "$.id"));
    }

    /** A directive with a file, a task and a meeting of trung-thanh's, for the routes that name them. */
    private void trungThanhTaskRecords() throws Exception {
        String directive = mvc.perform(Api.post("canbo.trungthanh", "/api/v1/wards/trung-thanh/directives", """
                {"type":"TB","number":"CW-1/TB-UBND","issuedOn":"2026-01-05","issuer":"UBND phường","title":"Thông báo",
                 "signerRole":"HEAD","issuedByWard":true}
                """)).andReturn().getResponse().getContentAsString();
        String directiveId = String.valueOf(com.jayway.jsonpath.JsonPath.<Integer>read(directive, "$.id"));
        String file = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/directives/" + directiveId + "/files")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "tb.pdf", "application/pdf",
                        "%PDF".getBytes())).with(httpBasic("canbo.trungthanh", Api.PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        String task = mvc.perform(Api.post("canbo.trungthanh", "/api/v1/directives/" + directiveId + "/tasks",
                "{\"code\":\"CW-T1\",\"title\":\"Nhiệm vụ\"}")).andReturn().getResponse().getContentAsString();
        String meeting = mvc.perform(Api.post("canbo.trungthanh", "/api/v1/wards/trung-thanh/meetings", """
                {"heldOn":"2026-01-06","kind":"WEEKLY","title":"Giao ban","chairedBy":"HEAD"}
                """)).andReturn().getResponse().getContentAsString();
        foreign.put("directiveId", directiveId);
        foreign.put("attachmentId", String.valueOf(com.jayway.jsonpath.JsonPath.<Integer>read(file, "$.id")));
        foreign.put("taskId", String.valueOf(com.jayway.jsonpath.JsonPath.<Integer>read(task, "$.id")));
        foreign.put("meetingId", String.valueOf(com.jayway.jsonpath.JsonPath.<Integer>read(meeting, "$.id")));
        foreign.put("group", "unit");
        foreign.put("ruleCode", "R1");
        foreign.put("periodType", "MONTH");
    }

    /** A register import of trung-thanh's (its equipment), for the routes that name one. */
    private String trungThanhRegisterImport() throws Exception {
        var file = new org.springframework.mock.web.MockMultipartFile("file", "tb.csv", "text/csv",
                "Loại thiết bị,Tên thiết bị,Số lượng\nMáy tính,Máy tính CW,1\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String location = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/wards/trung-thanh/asset-imports")
                .file(file).with(httpBasic("canbo.trungthanh", Api.PASSWORD))).andReturn().getResponse()
                .getHeader("Location");
        assertThat(location).startsWith("/api/v1/imports/");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A task import of trung-thanh's, into a directive of its own, for the routes that name one. */
    private String trungThanhTaskImport() throws Exception {
        String directive = mvc.perform(MockMvcRequestBuilders.post("/api/v1/wards/trung-thanh/directives")
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type":"KH","number":"CW-TI/KH","issuedOn":"2026-01-02","issuer":"UBND phường",
                         "title":"Kế hoạch","signerRole":"HEAD","issuedByWard":true}
                        """).with(httpBasic("canbo.trungthanh", Api.PASSWORD))).andReturn().getResponse()
                .getHeader("Location");
        assertThat(directive).isNotNull();
        var file = new org.springframework.mock.web.MockMultipartFile("file", "nv.csv", "text/csv",
                "code,title\nCW-1,Nhiệm vụ\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String location = mvc.perform(MockMvcRequestBuilders.multipart(directive + "/task-imports")
                .file(file).with(httpBasic("canbo.trungthanh", Api.PASSWORD))).andReturn().getResponse()
                .getHeader("Location");
        assertThat(location).isNotNull();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private MvcResult call(String method, String path) throws Exception {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                .queryParam("from", "2026-01-01").queryParam("to", "2026-12-31") // for routes that need a period
                .with(httpBasic("canbo.anhai", Api.PASSWORD));
        if (method.equals("POST") || method.equals("PUT")) {
            request.contentType(MediaType.APPLICATION_JSON).content(BODY);
        }
        return mvc.perform(request).andReturn();
    }
}
