package vn.ward57.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.delete;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

@Ward57Test
class OrgApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void provinceAdminBuildsAProvinceWithAWardAndItsUnits() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\":\"hue\",\"name\":\"Thành phố Huế\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/provinces/hue"))
                .andExpect(jsonPath("$.name").value("Thành phố Huế"));
        mvc.perform(post("admin", "/api/v1/provinces/hue/wards", "{\"code\":\"phu-xuan\",\"name\":\"Phường Phú Xuân\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provinceCode").value("hue"));
        mvc.perform(post("admin", "/api/v1/wards/phu-xuan/units", "{\"code\":\"vp\",\"name\":\"Văn phòng HĐND và UBND\"}"))
                .andExpect(status().isCreated());
        mvc.perform(put("admin", "/api/v1/wards/phu-xuan/units/vp", "{\"name\":\"Văn phòng HĐND và UBND phường\"}"))
                .andExpect(jsonPath("$.name").value("Văn phòng HĐND và UBND phường"));
        mvc.perform(get("admin", "/api/v1/wards/phu-xuan/units"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("vp"));
        mvc.perform(get("admin", "/api/v1/provinces/hue")).andExpect(jsonPath("$.wardCount").value(1));
    }

    @Test
    void unitsAreListedInVietnameseOrder() throws Exception {
        // Vietnamese order: B < C < P < T < V (Đ sorts after D, Ư after U, by the ICU collation)
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/units"))
                .andExpect(jsonPath("$[0].name").value("Ban Chỉ huy Quân sự"))
                .andExpect(jsonPath("$[1].name").value("Công an phường"))
                .andExpect(jsonPath("$[5].name").value("Văn phòng HĐND và UBND"));
    }

    @Test
    void duplicateCodeIsAConflictAndWritesNothing() throws Exception {
        mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"pvhcc\",\"name\":\"Trùng\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Mã đơn vị „pvhcc“ đã có trong phường."))
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/units/pvhcc"))
                .andExpect(jsonPath("$.name").value("Trung tâm Phục vụ hành chính công"));
    }

    @Test
    void emptyAndTooLongNamesAndBadCodesAreRefusedBesideTheirField() throws Exception {
        mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"mới\",\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.detail", containsString("Tên: không được để trống")))
                .andExpect(jsonPath("$.detail", containsString("Mã: chỉ gồm chữ không dấu")));
        String longName = "x".repeat(201);
        mvc.perform(post("canbo.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"dai\",\"name\":\"" + longName + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.detail", containsString("không được dài quá 200 ký tự")));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/units/dai")).andExpect(status().isNotFound());
    }

    @Test
    void malformedJsonIsABadRequestInVietnamese() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces", "{\"code\": "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("Nội dung gửi lên không phải JSON hợp lệ hoặc sai kiểu dữ liệu."));
    }

    @Test
    void unknownParentCodeIsNotFound() throws Exception {
        mvc.perform(post("admin", "/api/v1/provinces/khong-co/wards", "{\"code\":\"x\",\"name\":\"X\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không có tỉnh, thành phố mã „khong-co“."));
        mvc.perform(get("admin", "/api/v1/wards/khong-co/units"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không có phường, xã mã „khong-co“."));
    }

    @Test
    void deletingAUnitThatStillOwnsDataIsRefusedWithTheReason() throws Exception {
        mvc.perform(delete("lanhdao.anhai", "/api/v1/wards/an-hai/units/kinh-te"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Không thể xóa vì vẫn còn dữ liệu liên quan (Biên chế). Hãy xóa hoặc chuyển dữ liệu đó trước."));
        mvc.perform(get("lanhdao.anhai", "/api/v1/wards/an-hai/units/kinh-te")).andExpect(status().isOk());
        long audited = jdbc.sql("select count(*) from audit_log where entity = 'unit' and entity_key = 'an-hai/kinh-te'")
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(audited).isZero();
    }

    @Test
    void aUnitWithoutDataCanBeDeleted() throws Exception {
        mvc.perform(post("lanhdao.anhai", "/api/v1/wards/an-hai/units", "{\"code\":\"tam\",\"name\":\"Tổ tạm\"}"))
                .andExpect(status().isCreated());
        mvc.perform(delete("lanhdao.anhai", "/api/v1/wards/an-hai/units/tam")).andExpect(status().isNoContent());
        mvc.perform(get("lanhdao.anhai", "/api/v1/wards/an-hai/units/tam")).andExpect(status().isNotFound());
    }

    @Test
    void residentialGroupsOfTheDemoWards() throws Exception {
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/residential-groups"))
                .andExpect(jsonPath("$", hasSize(49)));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/residential-groups"))
                .andExpect(jsonPath("$", hasSize(247)));
        mvc.perform(put("canbo.trungthanh", "/api/v1/wards/trung-thanh/residential-groups/tdp-07",
                        "{\"code\":\"tdp-99\",\"name\":\"Tổ 7\",\"households\":10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Mã là cố định, không đổi được."));
        mvc.perform(post("canbo.trungthanh", "/api/v1/wards/trung-thanh/residential-groups",
                        "{\"code\":\"tdp-50\",\"name\":\"Tổ dân phố 50\",\"households\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("households"));
    }

    @Test
    void aViewerAndAUnitLimitedOfficerCannotChangeTheWardsOrganisation() throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"xem.anhai","fullName":"Người xem","role":"VIEWER","wardCode":"an-hai","password":"cay-da-dau-lang"}
                """)).andExpect(status().isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/wards/an-hai/units")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("xem.anhai", "cay-da-dau-lang"))
                        .contentType("application/json").content("{\"code\":\"x1\",\"name\":\"X\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn chỉ có quyền xem dữ liệu của phường này."));
    }
}
