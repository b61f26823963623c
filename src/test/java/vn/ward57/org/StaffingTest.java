package vn.ward57.org;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ward57.Api.get;
import static vn.ward57.Api.post;
import static vn.ward57.Api.put;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ward57.Ward57Test;

/** Staffing figures, checked against the numbers seed 002 states for An Hải. */
@Ward57Test
class StaffingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    @Test
    void totalsOfAnHaiAreThoseOfTheSeedReport() throws Exception {
        // seed 002: VP 15/15, Kinh tế 17/18, VH-XH 12/12, PVHCC 6/6, Quân sự 3/3
        // allotted 15+18+12+6+3 = 54, filled 15+17+12+6+3 = 53, missing 1
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/staffing?year=2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allotted").value(54))
                .andExpect(jsonPath("$.filled").value(53))
                .andExpect(jsonPath("$.missing").value(1))
                .andExpect(jsonPath("$.units.length()").value(6))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'kinh-te')].missing").value(1))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'cong-an')].allotted").value((Object) null));
    }

    @Test
    void enteringStaffingUpdatesTheTotalsOfThatYearOnly() throws Exception {
        mvc.perform(put("canbo.trungthanh", "/api/v1/wards/trung-thanh/staffing/2030/pvhcc",
                        "{\"allotted\":7,\"filled\":5,\"note\":\"Thiếu 2 công chức\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("canbo.trungthanh", "/api/v1/wards/trung-thanh/staffing/2030/kinh-te",
                        "{\"allotted\":10,\"filled\":10}"))
                .andExpect(status().isOk());
        mvc.perform(put("canbo.trungthanh", "/api/v1/wards/trung-thanh/staffing/2030/kinh-te",
                        "{\"allotted\":11,\"filled\":9}"))
                .andExpect(status().isOk());
        // 7 + 11 = 18 allotted, 5 + 9 = 14 filled, 2 + 2 = 4 missing
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/staffing?year=2030"))
                .andExpect(jsonPath("$.allotted").value(18))
                .andExpect(jsonPath("$.filled").value(14))
                .andExpect(jsonPath("$.missing").value(4));
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/staffing?year=2029"))
                .andExpect(jsonPath("$.allotted").value(0));
    }

    @Test
    void filledAboveAllottedOrNegativeIsRefused() throws Exception {
        mvc.perform(put("canbo.trungthanh", "/api/v1/wards/trung-thanh/staffing/2031/pvhcc",
                        "{\"allotted\":3,\"filled\":4}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Số có mặt không được vượt số biên chế được giao."));
        mvc.perform(put("canbo.trungthanh", "/api/v1/wards/trung-thanh/staffing/2031/pvhcc",
                        "{\"allotted\":-3,\"filled\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("allotted"));
        mvc.perform(get("canbo.trungthanh", "/api/v1/wards/trung-thanh/staffing?year=2031"))
                .andExpect(jsonPath("$.allotted").value(0));
    }

    @Test
    void anOfficerLimitedToAUnitEditsOnlyThatUnit() throws Exception {
        mvc.perform(post("admin", "/api/v1/users", """
                {"username":"pvhcc.trungthanh","fullName":"Cán bộ PVHCC","role":"WARD_OFFICER",
                 "wardCode":"trung-thanh","unitCode":"pvhcc","password":"cay-da-dau-lang"}
                """)).andExpect(status().isCreated());
        var asUnitOfficer = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic("pvhcc.trungthanh", "cay-da-dau-lang");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/wards/trung-thanh/staffing/2032/pvhcc").with(asUnitOfficer)
                        .contentType("application/json").content("{\"allotted\":6,\"filled\":6}"))
                .andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/wards/trung-thanh/staffing/2032/kinh-te").with(asUnitOfficer)
                        .contentType("application/json").content("{\"allotted\":6,\"filled\":6}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn chỉ được sửa dữ liệu của đơn vị mình."));
    }

    /** The page refuses a unit officer another unit's row as the API does, and offers it only its own. */
    @Test
    void thePageRefusesAUnitOfficerAnotherUnitsRow() throws Exception {
        var congan = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(accounts.loadUserByUsername("congan.anhai"));
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/wards/an-hai/staffing/2033/kinh-te").with(congan).with(csrf)
                        .param("allotted", "9").param("filled", "9"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Bạn chỉ được sửa dữ liệu của đơn vị mình.")));
        mvc.perform(get("canbo.anhai", "/api/v1/wards/an-hai/staffing?year=2033"))
                .andExpect(jsonPath("$.units[?(@.unitCode == 'kinh-te')].allotted").value((Object) null));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/wards/an-hai/staffing?year=2033").with(congan)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("id=\"s-cong-an\"").doesNotContain("id=\"s-kinh-te\"");
    }
}
