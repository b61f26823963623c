package vn.ward57.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.post;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/**
 * Logging in: wrong passwords slow down the address that sends them, not the account; every
 * refusal looks the same whatever the name; long Vietnamese passwords and old BCrypt hashes work.
 * Each test uses its own client addresses (documentation ranges) and accounts.
 */
@Ward57Test
class LoginTest {

    private static final String UNITS = "/api/v1/wards/an-hai/units";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void wrongPasswordsFromOneAddressMakeItWaitWhileTheRightOneFromAnotherAddressWorks() throws Exception {
        create("dich.thu", "cay-da-dau-lang", true);
        for (int i = 0; i < 7; i++) {  // then each try from there waits 8 s
            mvc.perform(api("dich.thu", "sai-mat-khau-" + i, "203.0.113.10")).andExpect(status().isUnauthorized());
        }
        mvc.perform(api("dich.thu", "cay-da-dau-lang", "203.0.113.10")).andExpect(status().isUnauthorized());
        mvc.perform(api("dich.thu", "cay-da-dau-lang", "198.51.100.10")).andExpect(status().isOk());
        // nobody can lock the administrator out: hammered from one address, it still logs in from its own
        for (int i = 0; i < 8; i++) {  // 16 s
            mvc.perform(api("admin", "doan-thu-" + i, "203.0.113.11")).andExpect(status().isUnauthorized());
        }
        mvc.perform(api("admin", Api.PASSWORD, "203.0.113.11")).andExpect(status().isUnauthorized());
        mvc.perform(api("admin", Api.PASSWORD, "198.51.100.11")).andExpect(status().isOk());
        // the page's login is the same login
        mvc.perform(form("admin", Api.PASSWORD, "203.0.113.11")).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(form("admin", Api.PASSWORD, "198.51.100.12")).andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownNameAWrongPasswordAndAThrottledTryGetTheSameAnswer() throws Exception {
        create("giong.nhau", "cay-da-dau-lang", true);
        create("tat.thu", "cay-da-dau-lang", false);
        MockHttpServletResponse unknown = mvc.perform(api("khong.co.ai", "sai-mat-khau", "203.0.113.20")).andReturn()
                .getResponse();
        MockHttpServletResponse wrong = mvc.perform(api("giong.nhau", "sai-mat-khau", "203.0.113.21")).andReturn()
                .getResponse();
        MockHttpServletResponse disabled = mvc.perform(api("tat.thu", "sai-mat-khau", "203.0.113.22")).andReturn()
                .getResponse();
        for (int i = 0; i < 9; i++) {  // then each try from there waits 32 s
            mvc.perform(api("giong.nhau", "sai-" + i, "203.0.113.23"));
        }
        MockHttpServletResponse throttled = mvc.perform(api("giong.nhau", "cay-da-dau-lang", "203.0.113.23"))
                .andReturn().getResponse();
        for (MockHttpServletResponse r : new MockHttpServletResponse[] {wrong, disabled, throttled}) {
            assertThat(r.getStatus()).isEqualTo(401);
            assertThat(r.getContentAsString()).isEqualTo(unknown.getContentAsString());
        }
        assertThat(unknown.getContentAsString()).contains("Cần đăng nhập (tên đăng nhập và mật khẩu) để dùng API.");
        for (String name : new String[] {"khong.co.ai", "giong.nhau", "tat.thu"}) {
            mvc.perform(form(name, "sai-mat-khau", "203.0.113.24")).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(form("giong.nhau", "cay-da-dau-lang", "203.0.113.23")).andExpect(redirectedUrl("/login?error=bad"));
        // that an account is disabled is said only to whoever knows its password
        mvc.perform(form("tat.thu", "cay-da-dau-lang", "203.0.113.25")).andExpect(redirectedUrl("/login?error=disabled"));
    }

    /** BCrypt reads 72 bytes and Spring refused more (500): a sentence, or 40 letters typed as letter and marks. */
    @Test
    void longVietnamesePasswordsAreSetAndLogIn() throws Exception {
        String sentence = "Những đồi chè xanh mướt trải dài khắp nơi ở Trung Thành";
        String decomposed = Normalizer.normalize("Người ở đường Hướng Dương uống rượu mừng", Normalizer.Form.NFD);
        assertThat(sentence.getBytes(StandardCharsets.UTF_8).length).isEqualTo(73);
        assertThat(decomposed.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        create("dai.thu", sentence, true);
        create("dai2.thu", decomposed, true);
        mvc.perform(api("dai.thu", sentence, "203.0.113.30")).andExpect(status().isOk());
        mvc.perform(api("dai2.thu", decomposed, "203.0.113.30")).andExpect(status().isOk());
        // the 73rd byte counts: the same sentence with another last letter is wrong
        mvc.perform(api("dai.thu", sentence.substring(0, sentence.length() - 1) + "x", "203.0.113.30"))
                .andExpect(status().isUnauthorized());
        mvc.perform(form("dai.thu", sentence, "203.0.113.31")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aPasswordHashedWithBcryptStillLogsInAndIsHashedAnew() throws Exception {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, ward_id)
                select 'cu.thu', ?, 'Tài khoản cũ', 'VIEWER', id from ward where code = 'an-hai'
                """).param("{bcrypt}" + new BCryptPasswordEncoder().encode("mat-khau-cu-1")).update();
        mvc.perform(api("cu.thu", "mat-khau-cu-1", "203.0.113.40")).andExpect(status().isOk());
        assertThat(hash("cu.thu")).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        mvc.perform(api("cu.thu", "mat-khau-cu-1", "203.0.113.40")).andExpect(status().isOk());
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username)
                .query(String.class).single();
    }

    private void create(String username, String password, boolean enabled) throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"%s","fullName":"Thử đăng nhập","role":"VIEWER","wardCode":"an-hai","password":"%s",
                 "enabled":%s}
                """.formatted(username, password, enabled))).andExpect(status().isCreated());
    }

    private static MockHttpServletRequestBuilder api(String username, String password, String address) {
        return MockMvcRequestBuilders.get(UNITS).with(httpBasic(username, password)).with(from(address));
    }

    private static MockHttpServletRequestBuilder form(String username, String password, String address) {
        return MockMvcRequestBuilders.post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
