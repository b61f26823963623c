package vn.ward57.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ward57.Api;
import vn.ward57.Ward57Test;

/** The pages: login, Vietnamese text, htmx fragments, field errors, confirmations, CSRF. */
@Ward57Test
class PageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void formLoginTakesAWardOfficerToItsHomePageWithItsTasks() throws Exception {
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("canbo.anhai").password(Api.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("canbo.anhai").password("sai-mat-khau"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/").with(as("canbo.anhai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Phường An Hải</h1>")))
                .andExpect(content().string(containsString("href=\"/wards/an-hai\"")))
                .andExpect(content().string(containsString("Việc của tôi")));
        mvc.perform(get("/").with(as("admin"))).andExpect(redirectedUrl("/provinces"));
    }

    /** The menu is the user's, on the page's ward, in the user's language. */
    @Test
    void theMenuIsTheUsersOnTheWardOfThePageInItsLanguage() throws Exception {
        mvc.perform(get("/wards/an-hai").with(as("admin")))
                .andExpect(content().string(containsString("href=\"/provinces\">Tỉnh, phường</a>")))
                .andExpect(content().string(containsString("href=\"/wards/an-hai/tasks\">Nhiệm vụ</a>")))
                .andExpect(content().string(containsString("href=\"/audit\">Nhật ký</a>")));
        mvc.perform(get("/wards/trung-thanh").with(as("admin")))
                .andExpect(content().string(containsString("href=\"/wards/trung-thanh/tasks\">Nhiệm vụ</a>")))
                .andExpect(content().string(not(containsString("href=\"/wards/an-hai/tasks\""))));
        mvc.perform(get("/wards/an-hai").with(as("admin")).param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/wards/an-hai/tasks\">Tasks</a>")));
        // a ward officer: its own ward, no province list, no audit log
        mvc.perform(get("/wards/an-hai").with(as("canbo.anhai")))
                .andExpect(content().string(containsString("href=\"/wards/an-hai/tasks\">Nhiệm vụ</a>")))
                .andExpect(content().string(not(containsString("href=\"/provinces\""))))
                .andExpect(content().string(not(containsString("href=\"/audit\""))));
        // the province list of a province admin, without a ward: the menu has no ward's links
        mvc.perform(get("/provinces").with(as("admin")))
                .andExpect(content().string(containsString("href=\"/provinces\">Tỉnh, phường</a>")))
                .andExpect(content().string(not(containsString("/tasks\">Nhiệm vụ</a>"))));
    }

    /**
     * The ward switcher shows the page's ward and gets the others when first used (htmx): the page's ward
     * selected, a new or renamed ward at once; the pages themselves carry no list of wards.
     */
    @Test
    void theWardSwitcherSelectsThePagesWardAndShowsEveryChangeOfTheWards() throws Exception {
        mvc.perform(get("/wards/an-hai").with(as("admin")))
                .andExpect(content().string(containsString("selected=\"selected\">Phường An Hải (")))
                .andExpect(content().string(containsString("hx-get=\"/switch/wards?current=an-hai\"")))
                .andExpect(content().string(not(containsString("<option value=\"trung-thanh\">"))));
        mvc.perform(switcher("an-hai"))
                .andExpect(content().string(containsString("selected=\"selected\">Phường An Hải (")))
                .andExpect(content().string(containsString("<option value=\"trung-thanh\">")));
        mvc.perform(switcher("trung-thanh"))
                .andExpect(content().string(containsString("selected=\"selected\">Phường Trung Thành (")))
                .andExpect(content().string(containsString("<option value=\"an-hai\">")));
        mvc.perform(Api.post("admin", "/api/v1/provinces", "{\"code\":\"tinh-menu\",\"name\":\"Tỉnh Chọn\"}"))
                .andExpect(status().isCreated());
        mvc.perform(Api.post("admin", "/api/v1/provinces/tinh-menu/wards", "{\"code\":\"chon-mot\",\"name\":\"Phường Chọn\"}"))
                .andExpect(status().isCreated());
        mvc.perform(switcher("an-hai"))
                .andExpect(content().string(containsString(">Phường Chọn (Tỉnh Chọn)</option>")));
        mvc.perform(Api.put("admin", "/api/v1/wards/chon-mot", "{\"name\":\"Phường Đổi Tên\"}")).andExpect(status().isOk());
        mvc.perform(switcher("an-hai"))
                .andExpect(content().string(containsString(">Phường Đổi Tên (Tỉnh Chọn)</option>")))
                .andExpect(content().string(not(containsString("Phường Chọn"))));
        mvc.perform(Api.delete("admin", "/api/v1/wards/chon-mot")).andExpect(status().isNoContent());
        mvc.perform(switcher("an-hai"))
                .andExpect(content().string(not(containsString("chon-mot"))));
        // a ward officer has no switcher
        mvc.perform(get("/wards/an-hai").with(as("canbo.anhai")))
                .andExpect(content().string(not(containsString("id=\"ward-switch\""))));
    }

    /** The switcher's options as htmx asks for them, by the admin on the page of a ward. */
    private org.springframework.test.web.servlet.RequestBuilder switcher(String current) {
        return get("/switch/wards").param("current", current).header("HX-Request", "true").with(as("admin"));
    }

    @Test
    void pagesNeedALoginAndTheLoginPageIsVietnamese() throws Exception {
        mvc.perform(get("/wards/an-hai")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Đăng nhập")))
                .andExpect(content().string(containsString("Mật khẩu")))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Password")));
    }

    @Test
    void theWardPageShowsItsFiguresAndNavigation() throws Exception {
        // 247 residential groups in the demo an-hai; staffing of the current year 53 filled of 54 allotted
        mvc.perform(get("/wards/an-hai").with(as("canbo.anhai")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường An Hải")))
                .andExpect(content().string(containsString(">247<")))
                .andExpect(content().string(containsString("53/54")))
                .andExpect(content().string(containsString("Tổ dân phố")))
                .andExpect(content().string(containsString("Nguyễn Thị Lan")));
        mvc.perform(get("/wards/an-hai/residential-groups").with(as("canbo.anhai")))
                .andExpect(content().string(containsString("247 tổ dân phố")));
    }

    @Test
    void anotherWardsPageIsRefusedInVietnamese() throws Exception {
        mvc.perform(get("/wards/trung-thanh").with(as("canbo.anhai")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Bạn không có quyền truy cập dữ liệu của phường này.")));
        mvc.perform(get("/wards/trung-thanh/units").with(as("canbo.anhai"))).andExpect(status().isForbidden());
    }

    @Test
    void anHtmxRequestGetsOnlyTheFragment() throws Exception {
        mvc.perform(get("/wards/an-hai/units").with(as("canbo.anhai")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"units\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/wards/an-hai/units").with(as("canbo.anhai")))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"units\"")));
    }

    @Test
    void anEmptyNameIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/wards/an-hai/units").with(as("lanhdao.anhai")).with(csrf()).header("HX-Request", "true")
                        .param("code", "trang").param("name", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không được để trống")))
                .andExpect(content().string(containsString("id=\"code\" name=\"code\" value=\"trang\"")))
                .andExpect(content().string(containsString("id=\"name\" name=\"name\" value=\"\" class=\"invalid\"")));
        mvc.perform(post("/wards/an-hai/units").with(as("lanhdao.anhai")).with(csrf()).header("HX-Request", "true")
                        .param("code", "pvhcc").param("name", "Trùng"))
                .andExpect(content().string(containsString("Mã đơn vị „pvhcc“ đã có trong phường.")));
        mvc.perform(get("/wards/an-hai/units").with(as("lanhdao.anhai")))
                .andExpect(content().string(not(containsString(">trang<"))));
    }

    @Test
    void addingAUnitOnThePageConfirmsItAndDeletingAsksFirst() throws Exception {
        mvc.perform(post("/wards/an-hai/units").with(as("lanhdao.anhai")).with(csrf())
                        .param("code", "trang-moi").param("name", "Tổ công tác mới"))
                .andExpect(redirectedUrl("/wards/an-hai/units"));
        mvc.perform(get("/wards/an-hai/units").with(as("lanhdao.anhai")))
                .andExpect(content().string(containsString("Tổ công tác mới")))
                .andExpect(content().string(containsString("hx-confirm=\"Xóa đơn vị „Tổ công tác mới“? Không hoàn tác được.\"")));
        mvc.perform(post("/wards/an-hai/units/trang-moi/delete").with(as("lanhdao.anhai")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(content().string(containsString("Đã xóa đơn vị „trang-moi“.")));
    }

    @Test
    void aDeleteRefusedOnThePageSaysWhyInTheMessageArea() throws Exception {
        mvc.perform(post("/wards/an-hai/units/kinh-te/delete").with(as("lanhdao.anhai")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(header().string("HX-Retarget", "#flash"))
                .andExpect(content().string(containsString("vẫn còn dữ liệu liên quan (Biên chế)")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/wards/an-hai/units").with(as("lanhdao.anhai")).param("code", "x").param("name", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOfficerSeesNoEditingControlsForTheWardsUnits() throws Exception {
        mvc.perform(post("/api/v1/users").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("admin", Api.PASSWORD))
                        .contentType("application/json").content("""
                        {"username":"xem2.anhai","fullName":"Người xem","role":"VIEWER","wardCode":"an-hai","password":"cay-da-dau-lang"}
                        """)).andExpect(status().isCreated());
        mvc.perform(get("/wards/an-hai/units").with(as("xem2.anhai")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Thêm đơn vị"))));
    }

    @Test
    void provinceAdminSwitchesBetweenWards() throws Exception {
        mvc.perform(get("/provinces").with(as("admin")))
                .andExpect(content().string(containsString("Thành phố Đà Nẵng")))
                .andExpect(content().string(containsString("id=\"ward-switch\"")));
        mvc.perform(get("/switch/wards").header("HX-Request", "true").with(as("admin")))
                .andExpect(content().string(containsString("Phường Trung Thành (Tỉnh Thái Nguyên)")));
        mvc.perform(get("/switch").param("ward", "trung-thanh").with(as("admin")))
                .andExpect(redirectedUrl("/wards/trung-thanh"));
    }
}
