package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** The tab's icon: served to anyone (a browser asks for it before the login too) and linked from every head. */
@Ward57Test
class IconTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @ParameterizedTest
    @CsvSource({"/favicon.ico, image/x-icon", "/favicon.svg, image/svg+xml"})
    void theIconIsServedWithoutLogin(String path, String type) throws Exception {
        byte[] icon = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(type)).andReturn().getResponse().getContentAsByteArray();
        assertThat(icon).isNotEmpty();
    }

    /** The skeleton's pages, the login, the residents' pages and the dashboard (which writes its own page). */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-, /login", "-, /wards/an-hai/gop-y", "-, /cong-khai/an-hai",
            "canbo.anhai, /wards/an-hai/tasks", "lanhdao.anhai, /wards/an-hai/dashboard"})
    void everyHeadLinksTheIcon(String username, String path) throws Exception {
        var request = get(path);
        if (username != null) {
            request.with(user(accounts.loadUserByUsername(username)));
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String head = html.substring(0, html.indexOf("</head>"));
        assertThat(head).contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">",
                "<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"32x32\">");
    }
}
