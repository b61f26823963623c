package vn.ward57.breakthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** Evidence files of a model: kept with their SHA-256, served back, refused when of a kind an office does not use. */
@Ward57Test
class BreakthroughFileTest {

    private static final String MODELS = "/api/v1/wards/an-hai/breakthroughs";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileIsKeptServedBackAndDeleted() throws Exception {
        String body = mvc.perform(post("canbo.anhai", MODELS, BreakthroughApiTest.model("T-TEP", "Mô hình có tệp",
                "\"Vấn đề\"", "[]", "[]"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String files = MODELS + "/" + ((Number) JsonPath.read(body, "$.id")).longValue() + "/files";
        byte[] pdf = "%PDF-1.4 quyết định".getBytes(StandardCharsets.UTF_8);
        // the SHA-256 of exactly these bytes
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        String kept = upload(files, "quyet-dinh.pdf", pdf).andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("quyet-dinh.pdf"))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length))
                .andExpect(jsonPath("$.sha256").value(sha))
                .andExpect(jsonPath("$.uploadedBy").value("canbo.anhai"))
                .andReturn().getResponse().getContentAsString();
        String file = files + "/" + ((Number) JsonPath.read(kept, "$.id")).longValue();
        mvc.perform(get("lanhdao.anhai", file)).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(pdf));
        mvc.perform(get("lanhdao.anhai", files)).andExpect(jsonPath("$.length()").value(1));

        upload(files, "chay.exe", new byte[] {1, 2}).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(get("lanhdao.anhai", files)).andExpect(jsonPath("$.length()").value(1));

        mvc.perform(delete("canbo.anhai", file)).andExpect(status().isNoContent());
        mvc.perform(get("canbo.anhai", file)).andExpect(status().isNotFound());
        mvc.perform(delete("canbo.anhai", files.replace("/files", ""))).andExpect(status().isNoContent());
    }

    private ResultActions upload(String path, String name, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(path)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(httpBasic("canbo.anhai", Api.PASSWORD)));
    }
}
