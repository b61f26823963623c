package vn.ward57.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** Every page renders for the people who may see it, with its Vietnamese title. */
@Ward57Test
class PageSmokeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            admin         | /provinces                          | Tỉnh, thành phố
            admin         | /provinces/thai-nguyen              | Phường Trung Thành
            admin         | /wards/trung-thanh                  | Quản trị phường
            lanhdao.anhai | /wards/an-hai/residential-groups    | 247 tổ dân phố
            lanhdao.anhai | /wards/an-hai/residential-groups    | placeholder="tdp-01"
            lanhdao.anhai | /wards/an-hai/staffing?year=2025    | Phòng Kinh tế, Hạ tầng và Đô thị
            lanhdao.anhai | /users                              | Nguyễn Thị Lan
            lanhdao.anhai | /users                              | <td>Phường An Hải / Phòng Văn hóa - Xã hội</td>
            lanhdao.anhai | /users/new                          | Thêm người dùng
            lanhdao.anhai | /users/new                          | Thư điện tử
            admin         | /users/canbo.trungthanh             | Trần Minh Đức
            admin         | /audit                              | Nhật ký thay đổi
            canbo.anhai   | /provinces                          | Thành phố Đà Nẵng
            canbo.anhai   | /wards/an-hai/dossiers?from=2025-11-21&to=2026-11-20 | >7.355<
            canbo.anhai   | /wards/an-hai/dossiers              | id="service-index-link"
            canbo.anhai   | /wards/an-hai/service-index         | 20 × (trước hạn + đúng hạn + đang giải quyết trong hạn)
            canbo.anhai   | /wards/an-hai/dossiers?from=2026-01-01&to=2026-06-30 | >1.001612<
            canbo.anhai   | /wards/an-hai/dossiers?from=2026-01-01&to=2026-06-30 | >Hộ tịch<
            canbo.anhai   | /wards/an-hai/dossiers?from=2026-01-01&to=2026-06-30 | <input type="date" id="to" name="to" value="2026-06-30">
            canbo.anhai   | /wards/an-hai/dossier-imports       | Xong
            canbo.anhai   | /wards/an-hai/dossiers?from=2026-01-15&to=2026-03-31 | /wards/an-hai/dossiers/list?from=2026-01-15&amp;to=2026-01-31&amp;figure=resolvedLate
            canbo.anhai   | /wards/an-hai/dossiers?from=2026-01-15&to=2026-03-31 | /wards/an-hai/dossiers/list?from=2026-03-01&amp;to=2026-03-31&amp;figure=pendingOverdue
            canbo.anhai   | /wards/an-hai/dossiers?from=2026-01-15&to=2026-03-31 | figure=resolved&amp;procedure=1.001612
            canbo.anhai   | /wards/an-hai/dossiers/list?from=2026-01-15&to=2026-03-31&figure=received&field=Hộ tịch | Lĩnh vực: Hộ tịch
            canbo.anhai   | /wards/an-hai/procedures            | Danh mục thủ tục hành chính
            canbo.anhai   | /wards/an-hai/dossier-imports       | — tự nhận tiêu đề —
            canbo.anhai   | /wards/an-hai/import-profiles       | ghép mỗi cột
            lanhdao.anhai | /wards/an-hai/indicators?period=2026-10 | Dự báo đến năm mục tiêu
            lanhdao.anhai | /wards/an-hai/forms?period=2026     | Đầy đủ và đúng hạn, kỳ Năm 2026
            lanhdao.anhai | /wards/an-hai/forms?period=2026     | <td>Công an phường</td><td class="num">
            lanhdao.anhai | /wards/an-hai/validation-violations?period=2026-10 | Vi phạm quy tắc kiểm tra
            canbo.anhai   | /wards/an-hai/forms/cong-an/2026-10 | Báo cáo của đơn vị Công an phường, kỳ Tháng 10/2026
            canbo.anhai   | /wards/an-hai/reports               | Lập báo cáo mới
            """)
    void pageRenders(String username, String path, String text) throws Exception {
        mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text)));
    }

    @Test
    void theUserFormShowsErrorsBesideTheFields() throws Exception {
        mvc.perform(post("/users/new").with(user(accounts.loadUserByUsername("lanhdao.anhai"))).with(csrf())
                        .param("username", "Có Dấu").param("fullName", "").param("role", "WARD_OFFICER")
                        .param("wardCode", "an-hai").param("password", "12345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("chỉ gồm chữ thường không dấu")))
                .andExpect(content().string(containsString("không được để trống")));
        mvc.perform(post("/users/new").with(user(accounts.loadUserByUsername("lanhdao.anhai"))).with(csrf())
                        .param("username", "trang.anhai").param("fullName", "Võ Thị Trang").param("role", "VIEWER")
                        .param("wardCode", "an-hai").param("password", "12345678").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu phải có ít nhất 10 ký tự.")));
        mvc.perform(post("/users/new").with(user(accounts.loadUserByUsername("lanhdao.anhai"))).with(csrf())
                        .param("username", "trang.anhai").param("fullName", "Võ Thị Trang").param("role", "VIEWER")
                        .param("wardCode", "an-hai").param("password", "Trang-0905123456").param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không được chứa tên đăng nhập hoặc họ tên")));
        mvc.perform(post("/users/new").with(user(accounts.loadUserByUsername("lanhdao.anhai"))).with(csrf())
                        .param("username", "trang.anhai").param("fullName", "Võ Thị Trang").param("role", "VIEWER")
                        .param("wardCode", "an-hai").param("password", "Hoa sữa thơm phố cũ").param("enabled", "true"))
                .andExpect(redirectedUrl("/users"));
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/provinces/{provinceCode}/wards'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/wards/{wardCode}/units'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/wards/{wardCode}/residential-groups'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].post").exists());
    }
}
