package vn.ward57.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** /error asked for directly, with no error behind it, is a page that does not exist, not a server failure. */
@Ward57Test
class ErrorPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void aBrowserAskingForTheErrorPageGetsNotFound() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang này.")))
                .andExpect(content().string(not(containsString("Đã có lỗi ngoài dự kiến"))))
                .andExpect(content().string(containsString("<h1>Không thực hiện được</h1>")))
                .andExpect(content().string(containsString("<a href=\"/\">Về trang chủ</a>")));
    }

    @Test
    void aRefusedPageShowsItsReasonOnTheSamePage() throws Exception {
        mvc.perform(get("/wards/khong-co-phuong-nay").accept(MediaType.TEXT_HTML)
                        .with(user(accounts.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>Không thực hiện được</h1>")))
                .andExpect(content().string(containsString("<div class=\"alert error\" role=\"alert\">")))
                .andExpect(content().string(not(containsString("Không tìm thấy trang này."))));
    }

    @Test
    void aClientAskingForTheErrorPageGetsNotFound() throws Exception {
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }
}
