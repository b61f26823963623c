package vn.ward57.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** The page skeleton of fragments/page.html: head, header, the page's main, footer, and a page's own additions. */
@Ward57Test
class PageLayoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    private String page(String username, String path) throws Exception {
        var request = get(path);
        if (username != null) {
            request.with(user(accounts.loadUserByUsername(username)));
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The parts in their order, each once. */
    private static void inOrder(String html, String... parts) {
        int at = -1;
        for (String part : parts) {
            assertThat(html.indexOf(part)).as(part).isGreaterThan(at).isEqualTo(html.lastIndexOf(part));
            at = html.indexOf(part);
        }
    }

    @Test
    void aPageHasTheLanguageItsTitleTheHeaderItsMainAndTheFooter() throws Exception {
        String html = page("admin", "/audit");
        assertThat(html).startsWith("<!DOCTYPE html>");
        inOrder(html, "<html lang=\"vi\">", "<title>Nhật ký thay đổi · ward57</title>", "/webjars/htmx.org/dist/htmx.min.js",
                "</head>", "<body>", "<header class=\"topbar\">", "<main>", "<h1>Nhật ký thay đổi</h1>", "</main>",
                "<footer class=\"footer\">", "</body>", "</html>");
    }

    @Test
    void aPageKeepsItsOwnStylesheetNoticeAndScripts() throws Exception {
        inOrder(page("canbo.anhai", "/wards/an-hai/service-index"),
                "<header class=\"topbar\">", "/css/service-index.css", "<main>", "<footer class=\"footer\">");
        inOrder(page("admin", "/provinces/da-nang/dashboard"), "<header class=\"topbar\">", "max-width: 1200px",
                "<main>", "<footer class=\"footer\">", "/webjars/echarts/dist/echarts.min.js", "/js/overview.js", "</body>");
    }

    @Test
    void theResidentsPageHasNoHeader() throws Exception {
        String html = page(null, "/wards/an-hai/gop-y");
        assertThat(html).doesNotContain("<header");
        inOrder(html, "<html lang=\"vi\">", "<title>Góp ý, phản ánh, kiến nghị · ward57</title>", "<main>",
                "<footer class=\"footer\">");
    }

    @Test
    void theInitiativePageShowsItsFieldsOnlyInItsForm() throws Exception {
        Matcher first = Pattern.compile("/wards/an-hai/initiatives/\\d+")
                .matcher(page("canbo.anhai", "/wards/an-hai/initiatives"));
        assertThat(first.find()).isTrue();
        inOrder(page("canbo.anhai", first.group()), "<main>", "id=\"code\"", "</main>", "<footer class=\"footer\">");
    }
}
