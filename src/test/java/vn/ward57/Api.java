package vn.ward57;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests to the JSON API as one of the demo users (password ward57-demo). */
public final class Api {

    public static final String PASSWORD = "ward57-demo";

    private Api() {
    }

    public static MockHttpServletRequestBuilder get(String user, String path) {
        return MockMvcRequestBuilders.get(path).with(httpBasic(user, PASSWORD));
    }

    public static MockHttpServletRequestBuilder post(String user, String path, String json) {
        return MockMvcRequestBuilders.post(path).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    public static MockHttpServletRequestBuilder put(String user, String path, String json) {
        return MockMvcRequestBuilders.put(path).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    public static MockHttpServletRequestBuilder delete(String user, String path) {
        return MockMvcRequestBuilders.delete(path).with(httpBasic(user, PASSWORD));
    }

    /** Follows an import at its Location until it is no longer QUEUED or RUNNING; answers its last JSON. */
    public static String awaitImport(org.springframework.test.web.servlet.MockMvc mvc, String location)
            throws Exception {
        for (int i = 0; i < 300; i++) {
            String body = mvc.perform(get("admin", location)).andReturn().getResponse().getContentAsString();
            String status = com.jayway.jsonpath.JsonPath.read(body, "$.status");
            if (!"RUNNING".equals(status) && !"QUEUED".equals(status)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish in 30 s");
    }
}
