package vn.ward57.user;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ward57.Ward57Test;

@Ward57Test
class UserApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aLeaderManagesTheOfficersOfItsOwnWardOnly() throws Exception {
        mvc.perform(post("lanhdao.anhai", "/api/v1/users", """
                {"username":"canbo2.anhai","fullName":"Phạm Thị Hoa","role":"WARD_OFFICER","wardCode":"an-hai",
                 "unitCode":"pvhcc","password":"cay-da-dau-lang"}
                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.wardCode").value("an-hai"))
                .andExpect(jsonPath("$.unitCode").value("pvhcc"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(post("lanhdao.anhai", "/api/v1/users", """
                {"username":"lanhdao2.anhai","fullName":"X","role":"WARD_LEADER","wardCode":"an-hai","password":"cay-da-dau-lang"}
                """)).andExpect(status().isForbidden());
        mvc.perform(post("lanhdao.anhai", "/api/v1/users", """
                {"username":"canbo3.trungthanh","fullName":"X","role":"WARD_OFFICER","wardCode":"trung-thanh","password":"cay-da-dau-lang"}
                """)).andExpect(status().isForbidden());
        mvc.perform(get("lanhdao.anhai", "/api/v1/users"))
                .andExpect(jsonPath("$[*].username", hasItem("canbo2.anhai")))
                .andExpect(jsonPath("$[*].username", not(hasItem("canbo.trungthanh"))))
                .andExpect(jsonPath("$[*].username", not(hasItem("admin"))));
        mvc.perform(delete("lanhdao.anhai", "/api/v1/users/canbo2.anhai")).andExpect(status().isNoContent());
        mvc.perform(get("lanhdao.anhai", "/api/v1/users/canbo2.anhai")).andExpect(status().isNotFound());
    }

    @Test
    void anOfficerCannotCreateUsers() throws Exception {
        mvc.perform(post("canbo.anhai", "/api/v1/users", """
                {"username":"moi.anhai","fullName":"X","role":"VIEWER","wardCode":"an-hai","password":"cay-da-dau-lang"}
                """))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn không có quyền quản lý người dùng này."));
    }

    @Test
    void badUserInputIsExplained() throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"canbo.anhai","fullName":"Trùng","role":"VIEWER","wardCode":"an-hai","password":"cay-da-dau-lang"}
                """))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Tên đăng nhập „canbo.anhai“ đã có người dùng."));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"ngan.anhai","fullName":"X","role":"VIEWER","wardCode":"an-hai","password":"123"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Mật khẩu phải có ít nhất 10 ký tự."));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"khongphuong","fullName":"X","role":"VIEWER","password":"cay-da-dau-lang"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("wardCode"));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"sai.donvi","fullName":"X","role":"VIEWER","wardCode":"an-hai","unitCode":"khong-co","password":"cay-da-dau-lang"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Không có đơn vị mã „khong-co“ trong Phường An Hải."));
        mvc.perform(get("admin", "/api/v1/users/sai.donvi")).andExpect(status().isNotFound());
    }

    @Test
    void commonAndPersonalPasswordsAreRefusedOnCreateAndChangeWithTheReason() throws Exception {
        String common = "Mật khẩu này quá phổ biến hoặc dễ đoán (như „12345678“, „matkhau123“, một ký tự lặp lại "
                + "hay các phím liền nhau); hãy chọn mật khẩu khác.";
        String personal = "Mật khẩu không được chứa tên đăng nhập hoặc họ tên của người dùng.";
        for (String weak : new String[] {"1234567890", "Password123!", "matkhau@2026", "qwertyuiop", "aaaaaaaaaaaa"}) {
            mvc.perform(post("admin", "/api/v1/users", """
                    {"username":"yeu.anhai","fullName":"Mật khẩu yếu","role":"VIEWER","wardCode":"an-hai","password":"%s"}
                    """.formatted(weak)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(common))
                    .andExpect(jsonPath("$.errors[0].field").value("password"));
        }
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"tranthithu","fullName":"Trần Thị Thu","role":"VIEWER","wardCode":"an-hai","password":"Tranthithu-1990"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(personal));
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"thu.anhai","fullName":"Trần Thị Thu","role":"VIEWER","wardCode":"an-hai","password":"Trần Thị Thu ở An Hải"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(personal));
        mvc.perform(get("admin", "/api/v1/users/yeu.anhai")).andExpect(status().isNotFound());
        mvc.perform(get("admin", "/api/v1/users/tranthithu")).andExpect(status().isNotFound());
        // a change or reset by a manager: refused, and nothing of the change is kept
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"doi.anhai","fullName":"Đổi mật khẩu","role":"VIEWER","wardCode":"an-hai","password":"cay-da-dau-lang"}
                """)).andExpect(status().isCreated());
        mvc.perform(put("admin", "/api/v1/users/doi.anhai", """
                {"fullName":"Tên mới","role":"VIEWER","wardCode":"an-hai","password":"doi.anhai.2026"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(personal));
        mvc.perform(get("admin", "/api/v1/users/doi.anhai")).andExpect(jsonPath("$.fullName").value("Đổi mật khẩu"));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/wards/an-hai/units").with(httpBasic("doi.anhai", "cay-da-dau-lang")))
                .andExpect(status().isOk());
    }

    @Test
    void anEmailAddressIsOptionalCheckedAndCanBeRemoved() throws Exception {
        mvc.perform(post("lanhdao.anhai", "/api/v1/users", """
                {"username":"thu.anhai","fullName":"Có thư","role":"VIEWER","wardCode":"an-hai",
                 "email":" thu@anhai.test ","password":"cay-da-dau-lang"}
                """)).andExpect(status().isCreated()).andExpect(jsonPath("$.email").value("thu@anhai.test"));
        mvc.perform(post("lanhdao.anhai", "/api/v1/users", """
                {"username":"saithu.anhai","fullName":"Sai thư","role":"VIEWER","wardCode":"an-hai",
                 "email":"khong-phai-thu","password":"cay-da-dau-lang"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Thư điện tử: không phải là địa chỉ thư điện tử hợp lệ"));
        mvc.perform(put("lanhdao.anhai", "/api/v1/users/thu.anhai", """
                {"fullName":"Có thư","role":"VIEWER","wardCode":"an-hai","email":"moi@anhai.test"}
                """)).andExpect(status().isOk()).andExpect(jsonPath("$.email").value("moi@anhai.test"));
        mvc.perform(put("lanhdao.anhai", "/api/v1/users/thu.anhai", """
                {"fullName":"Có thư","role":"VIEWER","wardCode":"an-hai","email":""}
                """)).andExpect(status().isOk()).andExpect(jsonPath("$.email").doesNotExist());
    }

    @Test
    void unauthenticatedApiCallsGetAVietnameseProblem() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/wards"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("Cần đăng nhập (tên đăng nhập và mật khẩu) để dùng API."));
    }

    /** A province admin manages the provinces assigned to it; only the system admin (admin) creates provinces. */
    @Test
    void onlyTheSystemAdminCreatesAProvinceAndBecomesItsAdmin() throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"so.hcm","fullName":"Sở KH&CN","role":"PROVINCE_ADMIN","provinceCodes":["da-nang"],"password":"cay-da-dau-lang"}
                """)).andExpect(status().isCreated()).andExpect(jsonPath("$.provinceCodes[0]").value("da-nang"));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/provinces").with(httpBasic("so.hcm", "cay-da-dau-lang"))
                        .contentType("application/json").content("{\"code\":\"ho-chi-minh\",\"name\":\"Thành phố Hồ Chí Minh\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Chỉ quản trị hệ thống mới được tạo tỉnh, thành phố; "
                        + "cán bộ quản trị tỉnh quản lý các tỉnh đã được giao."));
        // nor may it make itself, or anyone, a system admin
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/users").with(httpBasic("so.hcm", "cay-da-dau-lang"))
                        .contentType("application/json").content("""
                        {"username":"so.hcm2","fullName":"X","role":"SYSTEM_ADMIN","provinceCodes":["da-nang"],"password":"cay-da-dau-lang"}
                        """))
                .andExpect(status().isForbidden());
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"ho-chi-minh\",\"name\":\"Thành phố Hồ Chí Minh\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("admin", "/api/v1/provinces")).andExpect(jsonPath("$[*].code", hasItem("ho-chi-minh")));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/provinces").with(httpBasic("so.hcm", "cay-da-dau-lang")))
                .andExpect(jsonPath("$[*].code", not(hasItem("ho-chi-minh"))))
                .andExpect(jsonPath("$[*].code", not(hasItem("thai-nguyen"))));
        // the system admin is managed by no province admin, though it shares their provinces
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/users/admin").with(httpBasic("so.hcm", "cay-da-dau-lang")))
                .andExpect(status().isForbidden());
    }
}
