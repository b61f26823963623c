package vn.ward57;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests to the JSON API as one of the demo users (password ward57-demo). */
public final class Api {

    /** What a unit officer reads when refused another unit's record (WardAccess.editUnit). */
    public static final String UNIT_DENIED = "Bạn chỉ được sửa dữ liệu của đơn vị mình.";
    /** The start of what a unit officer reads when refused a ward-wide register (WardAccess.enterWardWide). */
    public static final String WARD_WIDE = "Sổ này do cán bộ chung của phường nhập";


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

    /**
     * Posts a register file (multipart field "file") as the user; a file accepted (202) is followed until its
     * import has ended and the answer is the import's last status (status SUCCEEDED with rowsImported, or
     * FAILED with message and errors); a refusal at once (400, 403, 404) is the answer itself.
     */
    public static org.springframework.test.web.servlet.ResultActions importRegister(
            org.springframework.test.web.servlet.MockMvc mvc, String user, String path, String fileName,
            byte[] content, String... params) throws Exception {
        var request = MockMvcRequestBuilders.multipart(path)
                .file(new org.springframework.mock.web.MockMultipartFile("file", fileName, "application/octet-stream",
                        content))
                .with(httpBasic(user, PASSWORD));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        var posted = mvc.perform(request);
        var response = posted.andReturn().getResponse();
        if (response.getStatus() != 202) {
            return posted;
        }
        String location = response.getHeader("Location");
        if (location == null || !location.startsWith("/api/v1/imports/")) {
            throw new AssertionError("202 without the import's Location: " + location);
        }
        awaitImport(mvc, location);
        return mvc.perform(get(user, location));
    }

    /**
     * After a page's import form (its redirect carries the flash registerImportId): the import's panel, as
     * the page's htmx polling gets it, once the import has ended.
     */
    public static String awaitImportPanel(org.springframework.test.web.servlet.MockMvc mvc,
            org.springframework.test.web.servlet.MvcResult posted,
            org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        Object id = posted.getFlashMap().get("registerImportId");
        if (id == null) {
            throw new AssertionError("no import was started; flash: " + posted.getFlashMap());
        }
        for (int i = 0; i < 300; i++) {
            String panel = mvc.perform(MockMvcRequestBuilders.get("/imports/" + id).header("HX-Request", "true")
                    .with(user)).andReturn().getResponse().getContentAsString();
            if (!panel.contains("every 2s")) {
                return panel;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish in 30 s");
    }
}
