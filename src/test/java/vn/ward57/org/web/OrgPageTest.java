package vn.ward57.org.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/** The organisation pages: htmx gets the list alone; a province's and a ward's page end with their own card. */
@Ward57Test
class OrgPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @ParameterizedTest
    @CsvSource({
            "canbo.anhai, /wards/an-hai/units, <section id=\"units\"",
            "canbo.anhai, /wards/an-hai/residential-groups, <section id=\"groups\"",
            "canbo.anhai, /wards/an-hai/staffing, <section id=\"staffing\"",
            "admin, /provinces, <section id=\"provinces\"",
            "admin, /provinces/da-nang, <section id=\"wards\""})
    void htmxGetsTheFragmentAndABrowserThePage(String username, String path, String fragment) throws Exception {
        String whole = get(username, path, false);
        String part = get(username, path, true);
        assertThat(whole).contains("<html", "<header", fragment);
        assertThat(part).startsWith(fragment).doesNotContain("<html", "<header");
    }

    @Test
    void aProvinceAndAWardAreRenamedAndDeletedFromTheirOwnCard() throws Exception {
        assertThat(get("admin", "/provinces/da-nang", false)).contains("<h2>Quản trị tỉnh</h2>",
                "action=\"/provinces/da-nang\"", "action=\"/provinces/da-nang/delete\" data-confirm=\"Xóa tỉnh „",
                "Xóa tỉnh</button>", "Chỉ xóa được tỉnh chưa có phường.");
        assertThat(get("admin", "/wards/an-hai", false)).contains("<h2>Quản trị phường</h2>",
                "action=\"/wards/an-hai\"", "value=\"Phường An Hải\"",
                "action=\"/wards/an-hai/delete\" data-confirm=\"Xóa phường „Phường An Hải“? Không hoàn tác được.\"",
                "Xóa phường</button>");
        assertThat(get("canbo.anhai", "/wards/an-hai", false)).doesNotContain("Quản trị phường", "/wards/an-hai/delete");
    }

    private String get(String username, String path, boolean htmx) throws Exception {
        var request = MockMvcRequestBuilders.get(path).with(user(accounts.loadUserByUsername(username)));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
