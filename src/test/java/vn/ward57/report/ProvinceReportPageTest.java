package vn.ward57.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

/** The province's report page: templates listed, a broken upload refused with its reason, the collection shown. */
@Ward57Test
class ProvinceReportPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @Test
    void theProvinceAdminSeesTemplatesAndABrokenUploadIsRefusedWithTheReason() throws Exception {
        var admin = user(accounts.loadUserByUsername("admin"));
        String page = mvc.perform(MockMvcRequestBuilders.get("/provinces/da-nang/reports?kind=NQ57_RESULTS&from=2026-01-01&to=2026-12-31")
                        .with(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mẫu văn bản Word của tỉnh").contains("Bản tin hằng tuần").contains("mẫu mặc định")
                .contains("Chưa có báo cáo nào đã ban hành trong khoảng này.");
        mvc.perform(MockMvcRequestBuilders.multipart("/provinces/da-nang/reports/templates/MONTHLY")
                        .file(new MockMultipartFile("file", "hong.docx", "application/octet-stream", "xin chào".getBytes()))
                        .with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("không phải mẫu Word")));
        mvc.perform(MockMvcRequestBuilders.get("/provinces/da-nang/reports/templates/MONTHLY.docx").with(admin))
                .andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/provinces/da-nang/reports")
                .with(user(accounts.loadUserByUsername("canbo.anhai")))).andExpect(status().isForbidden());
    }
}
