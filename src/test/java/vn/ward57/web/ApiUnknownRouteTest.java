package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** A request under /api/ that no route answers gets a Vietnamese problem detail; a page's keeps the error page. */
@Ward57Test
class ApiUnknownRouteTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void anUnknownApiPathIsAProblemDetailInVietnamese() throws Exception {
        var response = mvc.perform(Api.get("canbo.anhai", "/api/v1/wards/an-hai/khong-co").accept(MediaType.ALL))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(body, "$.title")).isEqualTo("Không tìm thấy");
        assertThat(JsonPath.<Integer>read(body, "$.status")).isEqualTo(404);
        assertThat(JsonPath.<String>read(body, "$.detail"))
                .isEqualTo("Không có địa chỉ GET /api/v1/wards/an-hai/khong-co trong API; danh sách các địa chỉ ở /api-docs.");
        // the language a user chose (?lang=en on any page) is remembered in a cookie
        String english = mvc.perform(Api.get("canbo.anhai", "/api/v2/wards")
                        .cookie(new jakarta.servlet.http.Cookie("ward57-lang", "en"))).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(english, "$.title")).isEqualTo("Not found");
    }

    @Test
    void aMethodThePathDoesNotTakeIsAProblemDetailNamingTheOnesItTakes() throws Exception {
        var response = mvc.perform(Api.delete("canbo.anhai", "/api/v1/wards")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getHeader("Allow")).contains("GET");
        assertThat(JsonPath.<String>read(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
                "$.detail")).startsWith("Địa chỉ /api/v1/wards không nhận phương thức DELETE; dùng: ").contains("GET");
    }

    @Test
    void anUnknownPageIsStillTheErrorPagesAndNotAProblemDetail() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/wards/an-hai/khong-co")
                .with(user(accounts.loadUserByUsername("canbo.anhai")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isNull();
    }

    @Test
    void anAnonymousCallerOfAnUnknownPathIsAskedToSignInFirst() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/api/v1/khong-co")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }
}
