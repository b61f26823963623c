package vn.ward57.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.initiative.Council.A;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** A file attached to an initiative downloads again, by the API and from the page, under its Vietnamese name. */
@Ward57Test
class InitiativeFileTest {

    private static final String NAME = "Thuyết minh sáng kiến chợ số.pdf";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void anAttachedFileDownloadsWithItsContentAndVietnameseName() throws Exception {
        Council c = new Council(mvc, 2089);
        long id = c.initiative("F1", "Chợ số An Hải");
        byte[] content = "%PDF-1.4 thuyết minh".getBytes(StandardCharsets.UTF_8);
        String one = "/api/v1/wards/an-hai/initiatives/" + id;
        String info = mvc.perform(MockMvcRequestBuilders.multipart(one + "/files")
                        .file(new MockMultipartFile("file", NAME, "application/pdf", content))
                        .with(httpBasic(A, Api.PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long fileId = JsonPath.<Integer>read(info, "$.id");

        var api = Api.get(A, one + "/files/" + fileId);
        var page = MockMvcRequestBuilders.get("/wards/an-hai/initiatives/" + id + "/files/" + fileId)
                .with(user(accounts.loadUserByUsername(A)));
        for (var request : java.util.List.of(api, page)) {
            MockHttpServletResponse response = mvc.perform(request).andExpect(status().isOk())
                    .andReturn().getResponse();
            assertThat(response.getContentAsByteArray()).isEqualTo(content);
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            String header = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
            // RFC 6266 with the RFC 5987 extended value: UTF-8, percent-encoded
            assertThat(header).startsWith("attachment;").contains("filename*=UTF-8''Thuy%E1%BA%BFt%20minh%20s%C3%A1ng");
            ContentDisposition parsed = ContentDisposition.parse(header);
            assertThat(parsed.getFilename()).isEqualTo(NAME);
            assertThat(parsed.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        }
    }
}
